using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards.Pages;

/// <summary>The three pillars at a glance: coverage of their commitments, initiatives and what is coming up in the next month.</summary>
public sealed class IndexModel(PillarDashboardQuery query, PortalDbContext db) : DashboardsPageModel
{
    public IReadOnlyList<PillarOverview> Pillars { get; private set; } = [];

    public string? UnknownPillar { get; private set; }

    /// <summary>Only the switch of what is counted (<c>pub=all</c>) and the period; the other filters belong to a pillar's dashboard.</summary>
    public DashboardFilter Filter { get; private set; } = DashboardFilter.None;

    public CountedNote Counted => new(T, Filter.IncludeWorkInProgress, Request.Path + DashboardLinks.Query(
        (Filter with { IncludeWorkInProgress = !Filter.IncludeWorkInProgress }).QueryValues()));

    public int RecentMonths => query.Options.RecentMonths;

    /// <summary>The first day of next month, which the link to the calendar opens on.</summary>
    public DateOnly NextMonth => MonthCalendar.MonthOf(query.Today).AddMonths(1);

    /// <summary>The period the overview judges what is recent by, named for running text.</summary>
    public string PeriodName => T.PeriodName(Filter.Period, query.Today, RecentMonths);

    /// <summary>This page judging what is recent by another period, what is counted kept.</summary>
    public string WithPeriod(ReportingPeriod period) => Request.Path + DashboardLinks.Query((Filter with { Period = period }).QueryValues());

    /// <summary>Every country, for its briefing pack.</summary>
    public IReadOnlyList<Country> Countries { get; private set; } = [];

    /// <summary>The next published events, for their briefing packs.</summary>
    public IReadOnlyList<EventItem> NextEvents { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] string? unknown, CancellationToken cancellationToken)
    {
        UnknownPillar = string.IsNullOrWhiteSpace(unknown) ? null : unknown.Trim()[..Math.Min(60, unknown.Trim().Length)];
        var period = FilterKeys.FirstValue(Request.Query, FilterKeys.Period);
        Filter = DashboardFilter.None with
        {
            IncludeWorkInProgress = FilterKeys.FirstValue(Request.Query, FilterKeys.Publication) == FilterReader.AllValue,
            Period = FilterReader.PeriodValues.FirstOrDefault(pair => pair.Value == period).Period,
        };
        Pillars = await query.OverviewAsync(await query.AllPillarsAsync(cancellationToken), Filter, Lang, cancellationToken);
        Countries = await db.Countries.AsNoTracking().Include(c => c.Translations).OrderBy(c => c.Group).ThenBy(c => c.Slug).ToListAsync(cancellationToken);
        NextEvents = await db.Events.AsNoTracking().Published()
            .Where(StatusToday.UpcomingEvents(query.Today))
            .OrderBy(e => e.StartDate.Start).ThenBy(e => e.Slug)
            .Take(10)
            .ToItems()
            .ToListAsync(cancellationToken);
    }
}
