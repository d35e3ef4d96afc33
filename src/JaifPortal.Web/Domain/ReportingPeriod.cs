namespace JaifPortal.Web.Domain;

/// <summary>
/// The period over which the dashboards judge what is recent ("nothing new this year"): the last months up to today,
/// the calendar year so far, or the Japanese fiscal year (年度, April to March) so far, the one officials report in.
/// </summary>
public enum ReportingPeriod
{
    LastMonths,
    CalendarYear,
    FiscalYear,
}

public static class ReportingPeriods
{
    /// <summary>The first month of a Japanese fiscal year (年度).</summary>
    public const int FiscalYearFirstMonth = 4;

    /// <summary>
    /// The year that names the period today is in: the calendar year, or the fiscal year that began in it (so on
    /// 10 May 2025 and on 10 March 2026 the fiscal year is 2025, 1 April 2025 to 31 March 2026).
    /// </summary>
    public static int YearOf(this ReportingPeriod period, DateOnly today) =>
        period == ReportingPeriod.FiscalYear && today.Month < FiscalYearFirstMonth ? today.Year - 1 : today.Year;

    /// <summary>The first day of the period up to today; <paramref name="months"/> is the length of <see cref="ReportingPeriod.LastMonths"/>.</summary>
    public static DateOnly FirstDay(this ReportingPeriod period, DateOnly today, int months) => period switch
    {
        ReportingPeriod.CalendarYear => new DateOnly(today.Year, 1, 1),
        ReportingPeriod.FiscalYear => new DateOnly(period.YearOf(today), FiscalYearFirstMonth, 1),
        _ => today.AddMonths(-months),
    };
}
