using JaifPortal.Web.Areas.Discovery;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>One cell: the text shown, the value a download keeps (a number stays a number), a link and a language when it differs from the page's.</summary>
public sealed record TableCell(string Text, object? Value = null, string? Href = null, string? Language = null)
{
    public static TableCell Number(int value, string? href) =>
        new(value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), value, href);
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool Emphasis = false);

/// <summary>
/// A table of figures as the page shows it (with links and language marks) and as it downloads;
/// <see cref="DownloadHref"/> takes the format ("csv" or "xlsx") and gives the address of the file.
/// </summary>
public sealed record FigureTable(string Id, string Title, IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows)
{
    public string? Note { get; init; }

    public Func<string, string>? DownloadHref { get; init; }

    public ExportTable ToExport() =>
        new(Title, Headers, [.. Rows.Select(row => (IReadOnlyList<object?>)[.. row.Cells.Select(cell => cell.Value ?? cell.Text)])]);
}

/// <summary>One bar: its label, its parts (one per series, stacked) and the text written after it.</summary>
public sealed record ChartBar(string Label, string? Language, IReadOnlyList<int> Parts, string ValueText, bool Flagged = false)
{
    /// <summary>A second line under a column's label, such as the year under January.</summary>
    public string? Caption { get; init; }

    public int Total => Parts.Sum();
}

/// <summary>
/// A bar chart drawn on the server (HTML text, SVG bars): role="img" with a title and a description, every bar
/// labelled in text; the figures, with their links, are in the table under it. One measure per chart: the
/// parts of a bar are parts of one count (milestones achieved and planned), never different kinds added up.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<string> Series, IReadOnlyList<ChartBar> Bars)
{
    /// <summary>Columns from left to right (a timeline) rather than bars from top to bottom.</summary>
    public bool Columns { get; init; }

    /// <summary>For a timeline: the index of the column that holds today.</summary>
    public int? MarkedColumn { get; init; }

    public string? MarkLabel { get; init; }

    public int Maximum => Math.Max(1, Bars.Count == 0 ? 1 : Bars.Max(b => b.Total));

    /// <summary>Whether any bar has a length: a chart of zeros says nothing the table does not, so it is not drawn.</summary>
    public bool HasData => Bars.Any(b => b.Total > 0);
}

/// <summary>
/// A chart and its table, with the table's download links labelled in the page's language; when the chart is drawn,
/// the table follows it folded under <see cref="TableLabel"/>.
/// </summary>
public sealed record ChartWithTable(BarChart? Chart, FigureTable Table, string CsvLabel, string XlsxLabel, string TableLabel)
{
    /// <summary>The chart, when it has something to show.</summary>
    public BarChart? DrawnChart => Chart is { HasData: true } ? Chart : null;

    /// <summary>For a table that shows the first rows of a longer list: where the whole list is.</summary>
    public string? WholeList { get; init; }

    public string? WholeListLabel { get; init; }
}
