using System.Globalization;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Localization;

/// <summary>
/// Dates and key figures as each language's readers write them ("27 August 2024" / 「2024年8月27日」, "about 160
/// participants" / 「約160名」): the patterns, scale words and counters are the language's PO entries, so a new
/// language brings its own and no C# chooses by language (ADR 22).
/// </summary>
public sealed class FormatText : PortalText
{
    private readonly IReadOnlyList<(decimal Size, string Pattern)> _scales;
    private readonly int _scaleDecimals;

    private FormatText(string language)
        : base(language)
    {
        // "Number.Scales": the large-number words, largest first, as "size={0} word" pairs separated by semicolons
        // ("1000000={0} million"; Japanese counts in 万 and 億, "10000={0}万"). "Number.ScaleDecimals": how many
        // decimals a scaled number may keep: English writes "¥2.815 billion"; Japanese writes 「2.8兆」 but
        // 「12,345人」, never 「1.2345万人」.
        _scales = [.. Entry("Number.Scales").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ParseScale)];
        _scaleDecimals = int.Parse(Entry("Number.ScaleDecimals"), CultureInfo.InvariantCulture);
    }

    public static FormatText For(string language) => Of(language, code => new FormatText(code));

    /// <summary>A .NET date format for a day ("d MMMM yyyy").</summary>
    public string DayDate => Text();

    /// <summary>A .NET date format for a month ("MMMM yyyy").</summary>
    public string MonthDate => Text();

    /// <summary>A .NET date format for a year ("yyyy").</summary>
    public string YearDate => Text();

    /// <summary>A fiscal year running April to March: {0} the year it starts in, {1} the next.</summary>
    public string FiscalYear(int startYear) => Format([startYear, startYear + 1]);

    public string Yen(string amount) => Format([amount]);

    public string About(string figure) => Format([figure]);

    public string OrMore(string figure) => Format([figure]);

    public string ScaleOf(string figure) => Format([figure]);

    /// <summary>The date at its precision and no finer.</summary>
    public string Date(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString(DayDate, Culture),
        DatePrecision.Month => date.Start.ToString(MonthDate, Culture),
        DatePrecision.Year => date.Start.ToString(YearDate, Culture),
        _ => FiscalYear(date.Start.Year),
    };

    public string Figure(KeyFigure figure) => Figure(figure.Value, figure.Unit, figure.Approximation);

    public string Figure(decimal value, FigureUnit unit, FigureApproximation approximation)
    {
        var number = Scaled(value);
        var amount = unit == FigureUnit.Yen ? Yen(number) : Counted(value, unit, number);
        return approximation switch
        {
            FigureApproximation.About => About(amount),
            FigureApproximation.OrMore => OrMore(amount),
            FigureApproximation.ScaleOf => ScaleOf(amount),
            _ => amount,
        };
    }

    /// <summary>The number with the largest scale word that keeps it short, or written out in full.</summary>
    private string Scaled(decimal value)
    {
        foreach (var (size, pattern) in _scales)
        {
            var scaled = value / size;
            if (Math.Abs(value) >= size && decimal.Round(scaled, _scaleDecimals) == scaled)
            {
                return string.Format(Culture, pattern, scaled.ToString("#,0.###", Culture));
            }
        }

        return value.ToString("#,0.###", Culture);
    }

    /// <summary>
    /// The counted noun in the plural form the number takes ("5,000 people", "1 year"); a fraction is counted as
    /// two, the form "1.5 years" and "0.5 years" take.
    /// </summary>
    private string Counted(decimal value, FigureUnit unit, string number) =>
        Plural(decimal.Truncate(value) == value ? (long)Math.Abs(value) : 2, [number], $"Unit.{unit}");

    private static (decimal Size, string Pattern) ParseScale(string pair)
    {
        var separator = pair.IndexOf('=', StringComparison.Ordinal);
        return (decimal.Parse(pair[..separator], NumberStyles.None, CultureInfo.InvariantCulture), pair[(separator + 1)..]);
    }
}
