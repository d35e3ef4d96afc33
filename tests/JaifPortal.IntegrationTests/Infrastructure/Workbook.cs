using System.IO.Compression;
using System.Xml.Linq;
using MiniExcelLibs;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// An XLSX download read back: its rows as MiniExcel reads them (a date cell comes back as a <see cref="DateTime"/>,
/// a number as a <see cref="double"/>, text as a <see cref="string"/>), and the number format of each cell, which
/// decides what a spreadsheet shows ("yyyy-mm" shows 2023-10 for a date known to the month).
/// </summary>
public sealed class Workbook
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly List<List<string?>> _formats;

    private Workbook(List<IDictionary<string, object?>> rows, List<string> headers, List<List<string?>> formats) =>
        (Rows, Headers, _formats) = (rows, headers, formats);

    /// <summary>The rows under the header, keyed by the header's texts.</summary>
    public List<IDictionary<string, object?>> Rows { get; }

    public List<string> Headers { get; }

    public static Workbook Read(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var styles = Load(zip, "xl/styles.xml");
        var custom = styles.Descendants(Main + "numFmt").ToDictionary(f => (string)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!);
        var cellFormats = styles.Root!.Element(Main + "cellXfs")!.Elements(Main + "xf")
            .Select(xf => (string?)xf.Attribute("numFmtId") ?? "0")
            .Select(id => custom.TryGetValue(id, out var code) ? code : "built-in " + id)
            .ToList();
        var sheetRows = Load(zip, "xl/worksheets/sheet1.xml").Descendants(Main + "row").ToList();
        var headers = sheetRows[0].Elements(Main + "c").Select(c => c.Value).ToList();
        var formats = sheetRows.Skip(1)
            .Select(row => row.Elements(Main + "c").Select(c => (int?)c.Attribute("s") is { } style ? cellFormats[style] : null).ToList())
            .ToList();
        return new Workbook(rows, headers, formats);
    }

    /// <summary>The number format of a cell (null for the general format): row counts from 0 under the header.</summary>
    public string? NumberFormat(int row, string column)
    {
        var index = Headers.IndexOf(column);
        index.Should().BeGreaterThanOrEqualTo(0, $"the workbook should have the column {column}");
        return index < _formats[row].Count ? _formats[row][index] : null;
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var part = zip.GetEntry(name)!.Open();
        return XDocument.Load(part);
    }
}
