using System.Globalization;
using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Domain;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData(ReportingPeriod.LastMonths, "2025-05-10", "2024-05-10")]
    [InlineData(ReportingPeriod.CalendarYear, "2025-05-10", "2025-01-01")]
    [InlineData(ReportingPeriod.FiscalYear, "2025-05-10", "2025-04-01")]
    [InlineData(ReportingPeriod.FiscalYear, "2025-04-01", "2025-04-01")]
    [InlineData(ReportingPeriod.FiscalYear, "2025-03-31", "2024-04-01")]
    [InlineData(ReportingPeriod.CalendarYear, "2025-01-01", "2025-01-01")]
    public void A_period_runs_from_its_first_day_up_to_today(ReportingPeriod period, string today, string firstDay)
    {
        period.FirstDay(Day(today), months: 12).Should().Be(Day(firstDay));
    }

    [Theory]
    [InlineData(ReportingPeriod.FiscalYear, "2026-03-10", 2025)]
    [InlineData(ReportingPeriod.FiscalYear, "2025-05-10", 2025)]
    [InlineData(ReportingPeriod.CalendarYear, "2026-03-10", 2026)]
    public void The_fiscal_year_is_named_after_the_year_it_begins_in(ReportingPeriod period, string today, int year)
    {
        period.YearOf(Day(today)).Should().Be(year);
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
