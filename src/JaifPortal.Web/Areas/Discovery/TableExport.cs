using System.Globalization;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace JaifPortal.Web.Areas.Discovery;

/// <summary>A table to download: a name (the sheet's), headers in the reader's language, and rows of plain values.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Any table as CSV (UTF-8 with a byte order mark, through <see cref="CsvDownload"/>) or as an Excel
/// workbook (XLSX, through MiniExcel), with numbers kept as numbers in the workbook.
/// </summary>
public static class TableExport
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static bool IsFormat(string? format) => format is Csv or Xlsx;

    /// <summary>The file, named <paramref name="fileName"/> plus the format's extension.</summary>
    public static FileContentResult Create(ExportTable table, string format, string fileName) =>
        format == Xlsx ? CreateXlsx(table, fileName + ".xlsx") : CreateCsv(table, fileName + ".csv");

    /// <summary>A public list (texts only, headers the same in every language) in the format the address asks for.</summary>
    public static FileContentResult Create(string format, string fileName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows) =>
        format == Xlsx
            ? CreateXlsx(new ExportTable(fileName, headers, [.. rows.Select(row => (IReadOnlyList<object?>)[.. row])]), fileName + ".xlsx")
            : CsvDownload.Create(fileName + ".csv", headers, rows);

    /// <summary>One column per configured language, named after the language: "name_en", "name_ja".</summary>
    public static IEnumerable<string> PerLanguage(string column) => ContentLanguage.Published.Select(language => $"{column}_{language}");

    /// <summary>The values of the columns <see cref="PerLanguage(string)"/> names, the text of each language in turn.</summary>
    public static IEnumerable<string?> PerLanguage(Func<string, string?> textIn) => ContentLanguage.Published.Select(textIn);

    private static FileContentResult CreateCsv(ExportTable table, string fileName) =>
        CsvDownload.Create(fileName, table.Headers, table.Rows.Select(row => (IReadOnlyList<string?>)[.. row.Select(Text)]));

    private static FileContentResult CreateXlsx(ExportTable table, string fileName)
    {
        var headers = UniqueHeaders(table.Headers);
        var rows = table.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                cells[headers[i]] = i < row.Count ? Cell(row[i]) : null;
            }

            return (IDictionary<string, object?>)cells;
        }).ToList();
        using var output = new MemoryStream();
        if (rows.Count == 0)
        {
            // MiniExcel takes its header row from the first row, so an empty table gets one row of empty cells.
            rows.Add(headers.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
        }

        MiniExcel.SaveAs(output, rows, printHeader: true, sheetName: SheetName(table.Name), excelType: ExcelType.XLSX);
        return new FileContentResult(output.ToArray(), XlsxContentType) { FileDownloadName = fileName };
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Numbers stay numbers for the spreadsheet; anything else is written as its text.</summary>
    private static object? Cell(object? value) => value switch
    {
        null => null,
        int or long or decimal or double => value,
        _ => Text(value),
    };

    private static List<string> UniqueHeaders(IReadOnlyList<string> headers)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. headers.Select((header, index) => seen.Add(header) ? header : $"{header} ({index + 1})")];
    }

    /// <summary>Excel allows 31 characters and none of []:*?/\ in a sheet name.</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c)]).Trim();
        return cleaned.Length == 0 ? "Sheet1" : cleaned[..Math.Min(31, cleaned.Length)];
    }
}
