using System.Globalization;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace JaifPortal.Web.Areas.Discovery;

/// <summary>
/// A table to download: a name (the sheet's), headers in the reader's language, and rows of plain values:
/// text, numbers (<see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>),
/// dates (<see cref="PartialDate"/>, <see cref="DateOnly"/>) and moments (<see cref="DateTime"/> as the portal's clock shows it).
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Any table as CSV (UTF-8 with a byte order mark, through <see cref="CsvDownload"/>) or as an Excel
/// workbook (XLSX, through SpreadCheetah). The CSV writes every value as text, dates in the portal's
/// notation ("2024-08-27", "2023-10", "2024", "FY2024"); the workbook keeps numbers as numbers and dates
/// as dates, each date shown to the precision its source gives (ADR 33).
/// </summary>
public static class TableExport
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static bool IsFormat(string? format) => format is Csv or Xlsx;

    /// <summary>The file, named <paramref name="fileName"/> plus the format's extension.</summary>
    public static async Task<FileContentResult> CreateAsync(ExportTable table, string format, string fileName, CancellationToken cancellationToken) =>
        format == Xlsx ? await CreateXlsxAsync(table, fileName + ".xlsx", cancellationToken) : CreateCsv(table, fileName + ".csv");

    /// <summary>A public list (headers the same in every language) in the format the address asks for.</summary>
    public static Task<FileContentResult> CreateAsync(
        string format, string fileName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken) =>
        CreateAsync(new ExportTable(fileName, headers, [.. rows]), format, fileName, cancellationToken);

    /// <summary>One column per configured language, named after the language: "name_en", "name_ja".</summary>
    public static IEnumerable<string> PerLanguage(string column) => ContentLanguage.Published.Select(language => $"{column}_{language}");

    /// <summary>The values of the columns <see cref="PerLanguage(string)"/> names, the text of each language in turn.</summary>
    public static IEnumerable<string?> PerLanguage(Func<string, string?> textIn) => ContentLanguage.Published.Select(textIn);

    private static FileContentResult CreateCsv(ExportTable table, string fileName) =>
        CsvDownload.Create(fileName, table.Headers, table.Rows.Select(row => (IReadOnlyList<string?>)[.. row.Select(Text)]));

    private static async Task<FileContentResult> CreateXlsxAsync(ExportTable table, string fileName, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken))
        {
            var lastCell = $"{ColumnName(Math.Max(1, table.Headers.Count))}{table.Rows.Count + 1}";
            await spreadsheet.StartWorksheetAsync(SheetName(table.Name), new WorksheetOptions
            {
                FrozenRows = 1,
                AutoFilter = new AutoFilterOptions("A1:" + lastCell),
            }, cancellationToken);
            var styles = new CellStyles(spreadsheet);
            await spreadsheet.AddRowAsync([.. table.Headers.Select(header => new Cell(header, styles.Header))], cancellationToken);
            foreach (var row in table.Rows)
            {
                await spreadsheet.AddRowAsync([.. row.Select(styles.Cell)], cancellationToken);
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        return new FileContentResult(output.ToArray(), XlsxContentType) { FileDownloadName = fileName };
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        PartialDate date => date.ToIsoNotation(),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Column 1 is A, 27 is AA: the letters of a cell address.</summary>
    private static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Excel allows 31 characters and none of []:*?/\ in a sheet name.</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c)]).Trim();
        return cleaned.Length == 0 ? "Sheet1" : cleaned[..Math.Min(31, cleaned.Length)];
    }

    /// <summary>
    /// The workbook's cell styles: a bold header, and one date format per precision, so a month stays "2023-10"
    /// and a fiscal year "FY2024" on screen while the cell holds a real date (the period's first day) that sorts
    /// and filters as one.
    /// </summary>
    private sealed class CellStyles(Spreadsheet spreadsheet)
    {
        public StyleId Header { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true } });

        private readonly StyleId _day = DateStyle(spreadsheet, "yyyy-mm-dd");
        private readonly StyleId _month = DateStyle(spreadsheet, "yyyy-mm");
        private readonly StyleId _year = DateStyle(spreadsheet, "yyyy");
        private readonly StyleId _fiscalYear = DateStyle(spreadsheet, "\"FY\"yyyy");
        private readonly StyleId _moment = DateStyle(spreadsheet, "yyyy-mm-dd hh:mm");

        public Cell Cell(object? value) => value switch
        {
            null => new Cell((string?)null),
            int number => new Cell(number),
            long number => new Cell(number),
            decimal number => new Cell(number),
            double number => new Cell(number),
            PartialDate date => new Cell(date.Start.ToDateTime(TimeOnly.MinValue), date.Precision switch
            {
                DatePrecision.Day => _day,
                DatePrecision.Month => _month,
                DatePrecision.Year => _year,
                _ => _fiscalYear,
            }),
            DateOnly day => new Cell(day.ToDateTime(TimeOnly.MinValue), _day),
            DateTime moment => new Cell(moment, _moment),
            _ => new Cell(Text(value)),
        };

        private static StyleId DateStyle(Spreadsheet spreadsheet, string format) =>
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(format) });
    }
}
