using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Dashboards.Pages;

/// <summary>
/// "What is coming up next month": a month's events and milestones across every pillar, this month unless the address names
/// another (<c>?month=2026-12</c>), published records only unless <c>pub=all</c> (ADR 36). A month the address cannot
/// date is named in a message and this month shown instead.
/// </summary>
public sealed class CalendarModel(PortalDbContext db, PillarDashboardQuery query) : DashboardsPageModel
{
    public const string MonthKey = "month";

    public MonthCalendar Calendar { get; private set; } = null!;

    public DashboardFilter Filter { get; private set; } = DashboardFilter.None;

    public string? UnreadableMonth { get; private set; }

    public DateOnly ThisMonth => MonthCalendar.MonthOf(query.Today);

    public CountedNote Counted => new(T, Filter.IncludeWorkInProgress, MonthLink(Calendar.Month, !Filter.IncludeWorkInProgress));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = DashboardFilter.None with { IncludeWorkInProgress = FilterKeys.FirstValue(Request.Query, FilterKeys.Publication) == FilterReader.AllValue };
        var asked = FilterKeys.FirstValue(Request.Query, MonthKey);
        var month = MonthCalendar.ParseMonth(asked);
        if (month is null && !string.IsNullOrWhiteSpace(asked))
        {
            UnreadableMonth = asked.Trim()[..Math.Min(40, asked.Trim().Length)];
        }

        Calendar = await MonthCalendar.LoadAsync(db, month ?? ThisMonth, Filter.PublishedOnly, Lang, cancellationToken);
    }

    /// <summary>This page for another month, what is counted kept (or switched).</summary>
    public string MonthLink(DateOnly month, bool? includeWorkInProgress = null) =>
        Request.Path + DashboardLinks.Query([
            new(MonthKey, MonthCalendar.MonthKey(month)),
            .. (Filter with { IncludeWorkInProgress = includeWorkInProgress ?? Filter.IncludeWorkInProgress }).QueryValues(),
        ]);

    public string MonthName(DateOnly month) => PartialDate.InMonth(month.Year, month.Month).Format(Lang);
}
