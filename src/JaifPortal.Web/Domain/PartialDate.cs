using System.Globalization;

namespace JaifPortal.Web.Domain;

/// <summary>
/// A date known only to the precision its source gives ("2023年10月", "2024年度", "27 August 2024").
/// It is stored as the first day of the period it names plus that precision, so records sort and
/// filter by date while a month is never shown as a day.
/// </summary>
public sealed record PartialDate
{
    public PartialDate(DateOnly start, DatePrecision precision)
    {
        var expectedStart = precision switch
        {
            DatePrecision.Day => start,
            DatePrecision.Month => new DateOnly(start.Year, start.Month, 1),
            DatePrecision.Year => new DateOnly(start.Year, 1, 1),
            DatePrecision.FiscalYear => new DateOnly(start.Year, 4, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown date precision."),
        };
        if (start != expectedStart)
        {
            throw new ArgumentException($"A {precision} date must start on {expectedStart:yyyy-MM-dd}, not {start:yyyy-MM-dd}.", nameof(start));
        }

        Start = start;
        Precision = precision;
    }

    public DateOnly Start { get; }

    public DatePrecision Precision { get; }

    /// <summary>The last day of the period the date names.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Year => Start.AddYears(1).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };

    public static PartialDate OnDay(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    public static PartialDate InMonth(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static PartialDate InYear(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    public static PartialDate InFiscalYear(int year) => new(new DateOnly(year, 4, 1), DatePrecision.FiscalYear);

    /// <summary>
    /// Reads the portal's compact notation: "2024-08-27", "2024-08", "2024" or "FY2024".
    /// </summary>
    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (trimmed.StartsWith("FY", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(trimmed.AsSpan(2), NumberStyles.None, invariant, out var fiscalYear)
            && IsPlausibleYear(fiscalYear))
        {
            date = InFiscalYear(fiscalYear);
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            date = new PartialDate(day, DatePrecision.Day);
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
        {
            date = new PartialDate(month, DatePrecision.Month);
            return true;
        }

        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, invariant, out var year) && IsPlausibleYear(year))
        {
            date = InYear(year);
            return true;
        }

        return false;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date! : throw new FormatException($"'{text}' is not a date of the form 2024-08-27, 2024-08, 2024 or FY2024.");

    /// <summary>The compact notation <see cref="TryParse"/> reads.</summary>
    public string ToIsoNotation() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => "FY" + Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static bool IsPlausibleYear(int year) => year is >= 1900 and <= 2200;
}
