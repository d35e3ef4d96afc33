using System.Globalization;
using JaifPortal.Web.Areas.Dashboards.Pages;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>
/// A horizontal bar chart of published initiatives drawn on the server as SVG: no script, no inline
/// style (the CSP forbids both), an accessible name and description, and the same figures in a table.
/// </summary>
public sealed record LensChart(string Id, string Title, string Description, IReadOnlyList<LensBar> Bars)
{
    public const int Width = 640;
    public const int LabelWidth = 96;
    public const int BarSpace = 480;
    public const int RowHeight = 28;
    public const int BarHeight = 18;

    public int Height => Bars.Count * RowHeight + 8;

    public static LensChart Of(string id, string title, CrosswalkText text, IReadOnlyList<LensHeading> headings)
    {
        var max = headings.Count == 0 ? 0 : headings.Max(h => h.Total.Initiatives);
        var bars = headings.Select((heading, index) => new LensBar(
                heading.ShortLabel,
                heading.Total.Initiatives,
                max == 0 ? 0 : (int)Math.Round(heading.Total.Initiatives * (double)BarSpace / max),
                index * RowHeight + 4))
            .ToList();
        var values = string.Join(", ", bars.Select(bar => $"{bar.Label}: {bar.Value.ToString(CultureInfo.InvariantCulture)}"));
        return new LensChart(id, title, text.ChartDescription(values), bars);
    }
}

/// <summary>One bar: its label, value, length in the chart's units and top edge.</summary>
public sealed record LensBar(string Label, int Value, int Length, int Top);
