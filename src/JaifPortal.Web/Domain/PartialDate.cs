using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JaifPortal.Web.Domain;

/// <summary>
/// A date known only to the precision its source gives ("2023年10月", "2024年度", "27 August 2024").
/// It is stored as the first day of the period it names plus that precision, so records sort and
/// filter by date while a month is never shown as a day.
/// </summary>
public sealed partial record PartialDate
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
    /// Reads a date as the sources write it, in either language, at the precision the text gives: the portal's
    /// compact notation ("2024-10-05", "2024-10", "2024", "FY2024"), Japanese (「2024年10月5日」, 「2024年10月」,
    /// 「2024年」, 「2024年度」) and English ("5 October 2024", "October 5, 2024", "October 2024", "Oct 2024").
    /// Full-width digits and letters, as a Japanese keyboard types them, read as their ASCII forms.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Normalize(NormalizationForm.FormKC).Trim();
        date = ReadFiscalYear(trimmed) ?? ReadJapanese(trimmed) ?? ReadNumeric(trimmed) ?? ReadEnglish(trimmed);
        return date is not null;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date! : throw new FormatException($"'{text}' is not a date such as 2024-08-27, 2024-08, 2024, FY2024, 2024年度 or October 2024.");

    private static PartialDate? ReadFiscalYear(string text)
    {
        var match = FiscalYearPattern().Match(text);
        return match.Success && Year(match.Groups["year"]) is { } year ? InFiscalYear(year) : null;
    }

    private static PartialDate? ReadJapanese(string text)
    {
        var match = JapanesePattern().Match(text);
        if (!match.Success || Year(match.Groups["year"]) is not { } year)
        {
            return null;
        }

        return (match.Groups["month"], match.Groups["day"]) switch
        {
            ({ Success: false }, _) => InYear(year),
            (var month, { Success: false }) => Day(year, Number(month), 1) is null ? null : InMonth(year, Number(month)),
            (var month, var day) => Day(year, Number(month), Number(day)) is { } start ? new PartialDate(start, DatePrecision.Day) : null,
        };
    }

    private static PartialDate? ReadNumeric(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            return new PartialDate(day, DatePrecision.Day);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
        {
            return new PartialDate(month, DatePrecision.Month);
        }

        return text.Length == 4 && int.TryParse(text, NumberStyles.None, invariant, out var year) && IsPlausibleYear(year) ? InYear(year) : null;
    }

    /// <summary>English month names, whole or shortened ("Oct", "Oct."), day first as the site writes or month first.</summary>
    private static PartialDate? ReadEnglish(string text)
    {
        var words = EnglishSeparators().Replace(text, " ").Trim();
        var invariant = CultureInfo.InvariantCulture;
        string[] days = ["d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy"];
        if (DateOnly.TryParseExact(words, days, invariant, DateTimeStyles.None, out var day) && IsPlausibleYear(day.Year))
        {
            return new PartialDate(day, DatePrecision.Day);
        }

        return DateOnly.TryParseExact(words, ["MMMM yyyy", "MMM yyyy"], invariant, DateTimeStyles.None, out var month) && IsPlausibleYear(month.Year)
            ? InMonth(month.Year, month.Month)
            : null;
    }

    private static int? Year(Group group) =>
        int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && IsPlausibleYear(year) ? year : null;

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Day(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"^(?:FY\s*(?<year>[0-9]{4})|(?<year>[0-9]{4})\s*年度)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYearPattern();

    [GeneratedRegex(@"^(?<year>[0-9]{4})\s*年(?:\s*(?<month>[0-9]{1,2})\s*月(?:\s*(?<day>[0-9]{1,2})\s*日)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JapanesePattern();

    /// <summary>The commas and full stops English dates carry ("October 5, 2024", "Oct. 2024"), read as spaces.</summary>
    [GeneratedRegex(@"[\s,.]+", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishSeparators();

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
