using System.Globalization;
using System.Linq.Expressions;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using AreaCounts = System.Collections.Generic.IReadOnlyDictionary<int, (int All, int Recent, int RecentAYearAgo)>;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>
/// The figures of a pillar dashboard, each counted by PostgreSQL (GROUP BY with filtered aggregates,
/// bounded lists), never by loading records. The same filtered sets feed the dashboard, the lists
/// behind its figures and the exports, so a figure and the list it links to always agree; the public
/// pillar page uses them with the published-only scope.
/// </summary>
public sealed class PillarDashboardQuery(
    PortalDbContext db, QueryLanes lanes, ContentCache kept, TimeProvider clock, IOptions<DashboardOptions> options)
{
    /// <summary>How many lead organisations get a bar of their own; the rest are added up.</summary>
    public const int LeadOrganisationBars = 15;

    /// <summary>The length of the dashboard's lists (milestones, events, changed and stale records).</summary>
    public const int ListLength = 20;

    public DashboardOptions Options => options.Value;

    /// <summary>Today in Jakarta, where the Mission and the JMT work.</summary>
    public DateOnly Today => PortalTime.DateOf(clock.GetUtcNow());

    public DateWindow PastWindow => DateWindow.Past(Today, Options.RecentMonths);

    /// <summary>The period over which the filter judges what is recent (the areas' "Nothing recent"), up to today.</summary>
    public DateWindow RecentWindow(DashboardFilter filter) => new(filter.Period.FirstDay(Today, Options.RecentMonths), Today);

    /// <summary>The same period a year earlier, for the headline figures' change ("+3 on a year ago").</summary>
    public DateWindow RecentWindowAYearAgo(DashboardFilter filter) => RecentWindow(filter).AYearEarlier;

    /// <summary>How far ahead the headline's "milestones in the next months" looks.</summary>
    public const int HeadlineMonths = 3;

    /// <summary>The headline's next months: from tomorrow on, like <see cref="NextWindow"/>.</summary>
    public DateWindow SoonWindow => new(Today.AddDays(1), Today.AddMonths(HeadlineMonths));

    /// <summary>From tomorrow on, so a milestone of today is in the past twelve months only.</summary>
    public DateWindow NextWindow => new(Today.AddDays(1), Today.AddMonths(Options.RecentMonths));

    /// <summary>Upcoming events: from today (an event of today is still to come) to the end of the next months.</summary>
    public DateWindow UpcomingEventWindow => new(Today, NextWindow.To);

    /// <summary>"Coming up": today and the next 31 days, about a month ahead whatever the day.</summary>
    public const int ComingUpDays = 31;

    public DateWindow ComingUpWindow => new(Today, Today.AddDays(ComingUpDays));

    public DashboardRequest Request(PillarContext pillar, DashboardFilter filter, DashboardScope scope, string language) =>
        new(pillar, filter, scope, Today, clock.GetUtcNow(), language);

    /// <summary>The pillar named by its slug or its number (1–3), with its areas; null when there is none.</summary>
    public async Task<PillarContext?> FindPillarAsync(string? slugOrNumber, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(slugOrNumber) || slugOrNumber.Length > 200)
        {
            return null;
        }

        var pillars = db.Pillars.AsNoTracking();
        pillars = int.TryParse(slugOrNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? pillars.Where(p => p.Number == number)
            : pillars.Where(p => p.Slug == slugOrNumber);
        var found = await PillarContextsAsync(pillars, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public Task<IReadOnlyList<PillarContext>> AllPillarsAsync(CancellationToken cancellationToken) =>
        PillarContextsAsync(db.Pillars.AsNoTracking(), cancellationToken);

    private static async Task<IReadOnlyList<PillarContext>> PillarContextsAsync(IQueryable<Pillar> pillars, CancellationToken cancellationToken)
    {
        var rows = await pillars.OrderBy(p => p.Number)
            .Select(p => new
            {
                Pillar = new Named(p.Id, p.Slug, p.OriginalLanguage, p.Translations.Select(t => new NameText(t.Language, t.Name, t.IsPublished)).ToList()),
                p.Number,
                Areas = p.Areas.OrderBy(a => a.SortOrder)
                    .Select(a => new Named(a.Id, a.Slug, a.OriginalLanguage, a.Translations.Select(t => new NameText(t.Language, t.Name, t.IsPublished)).ToList()))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new PillarContext(row.Pillar, row.Number, row.Areas))];
    }

    /// <summary>The pillar's initiatives under the filter; each dimension can be left out for the breakdown by it.</summary>
    public IQueryable<Initiative> Initiatives(
        DashboardRequest request, bool byArea = true, bool byCountry = true, bool byYears = true, bool byStatus = true, bool byOrganisation = true)
    {
        var filter = request.Filter;
        var initiatives = request.PublishedOnly
            ? db.Initiatives.AsNoTracking().Where(i => i.Publication == PublicationStatus.Published)
            : db.Initiatives.AsNoTracking().Where(i => i.Publication != PublicationStatus.Archived);
        // An overlap with a one-id list, not Contains (= ANY), so PostgreSQL can answer it from the GIN index.
        List<int> pillar = [request.Pillar.Pillar.Id];
        initiatives = initiatives.Where(i => i.PillarIds.Any(id => pillar.Contains(id)));
        if (byArea && filter.Area is { Id: var areaId })
        {
            List<int> area = [areaId];
            initiatives = initiatives.Where(i => i.AreaIds.Any(id => area.Contains(id)));
        }

        if (byCountry && filter.Country is { Id: var countryId })
        {
            initiatives = initiatives.Where(InitiativePlaces.In(countryId));
        }

        if (byStatus && filter.Status is { } status)
        {
            initiatives = initiatives.Where(StatusToday.InitiativesStanding(status, request.Today));
        }

        if (byOrganisation && filter.Organisation is { Id: var organisationId })
        {
            initiatives = initiatives.Where(i => i.Organisations.Any(link => link.OrganisationId == organisationId && link.Role == InitiativeRole.Lead));
        }

        if (byYears && filter.FirstDay is { } first)
        {
            initiatives = initiatives.Where(i => i.StartDate != null && i.StartDate.Start >= first);
        }

        if (byYears && filter.EndDay is { } end)
        {
            initiatives = initiatives.Where(i => i.StartDate != null && i.StartDate.Start < end);
        }

        return initiatives;
    }

    /// <summary>
    /// Milestones of the filtered initiatives (area, status, lead organisation), dated within the
    /// years, in the country: the milestone's own, or its initiative's when it names none.
    /// </summary>
    public IQueryable<Milestone> Milestones(DashboardRequest request, bool byArea = true)
    {
        var owners = Initiatives(request, byArea, byCountry: false, byYears: false).Select(i => i.Id);
        var milestones = db.Milestones.AsNoTracking().Where(m => owners.Contains(m.InitiativeId));
        var filter = request.Filter;
        if (filter.Country is { Id: var countryId })
        {
            milestones = milestones.Where(MilestonePlaces.In(countryId));
        }

        if (filter.FirstDay is { } first)
        {
            milestones = milestones.Where(m => m.Date.Start >= first);
        }

        if (filter.EndDay is { } end)
        {
            milestones = milestones.Where(m => m.Date.Start < end);
        }

        return milestones;
    }

    /// <summary>
    /// Events tagged with an area of the pillar (the chosen area), held in the country, within the
    /// years, with the organisation among their organisations. Events have no status of their own.
    /// </summary>
    public IQueryable<Event> Events(DashboardRequest request, bool byArea = true)
    {
        var filter = request.Filter;
        var events = request.PublishedOnly
            ? db.Events.AsNoTracking().Where(e => e.Publication == PublicationStatus.Published)
            : db.Events.AsNoTracking().Where(e => e.Publication != PublicationStatus.Archived);
        List<int> pillar = [request.Pillar.Pillar.Id];
        events = events.Where(e => e.PillarIds.Any(id => pillar.Contains(id)));
        if (byArea && filter.Area is { Id: var areaId })
        {
            List<int> area = [areaId];
            events = events.Where(e => e.AreaIds.Any(id => area.Contains(id)));
        }

        if (filter.Country is { Id: var countryId })
        {
            events = events.Where(e => e.CountryId == countryId);
        }

        if (filter.Organisation is { Id: var organisationId })
        {
            events = events.Where(e => e.Organisations.Any(link => link.OrganisationId == organisationId));
        }

        if (filter.FirstDay is { } first)
        {
            events = events.Where(e => e.StartDate.Start >= first);
        }

        if (filter.EndDay is { } end)
        {
            events = events.Where(e => e.StartDate.Start < end);
        }

        return events;
    }

    /// <summary>The pillar's areas, known before any query runs, so counting by area needs no join to the areas table.</summary>
    private static List<int> AreaIds(DashboardRequest request) => [.. request.Pillar.Areas.Select(a => a.Id)];

    public static Expression<Func<Milestone, bool>> MilestoneWithin(DateWindow window)
    {
        var (from, to, month, year, fiscal, earliest) = (window.From, window.To, window.EarliestMonth, window.EarliestYear, window.EarliestFiscalYear, window.EarliestStart);
        return m => m.Date.Start <= to && m.Date.Start >= earliest && (m.Date.Start >= from
            || (m.Date.Precision == DatePrecision.Month && m.Date.Start >= month)
            || (m.Date.Precision == DatePrecision.Year && m.Date.Start >= year)
            || (m.Date.Precision == DatePrecision.FiscalYear && m.Date.Start >= fiscal));
    }

    public static Expression<Func<Event, bool>> EventWithin(DateWindow window)
    {
        var (from, to, month, year, fiscal, earliest) = (window.From, window.To, window.EarliestMonth, window.EarliestYear, window.EarliestFiscalYear, window.EarliestStart);
        return e => e.StartDate.Start <= to && e.StartDate.Start >= earliest && (e.StartDate.Start >= from
            || (e.StartDate.Precision == DatePrecision.Month && e.StartDate.Start >= month)
            || (e.StartDate.Precision == DatePrecision.Year && e.StartDate.Start >= year)
            || (e.StartDate.Precision == DatePrecision.FiscalYear && e.StartDate.Start >= fiscal));
    }

    /// <summary>
    /// Not reviewed for the configured period: the record itself, or a translation that is unreviewed
    /// since before then, or one older than its original. The translations' part comes from the backlog
    /// PostgreSQL keeps per record, so a stale list is a join with a small table, not a comparison of
    /// every translation with its original.
    /// </summary>
    public Expression<Func<Initiative, bool>> StaleInitiative(DateTimeOffset now)
    {
        var cutoff = now.AddDays(-Options.StaleAfterDays);
        return i => i.UpdatedAt < cutoff
            || (i.TranslationBacklog != null && (i.TranslationBacklog.LagsOriginal || i.TranslationBacklog.OldestUnreadyAt < cutoff));
    }

    public Expression<Func<Event, bool>> StaleEvent(DateTimeOffset now)
    {
        var cutoff = now.AddDays(-Options.StaleAfterDays);
        return e => e.UpdatedAt < cutoff
            || (e.TranslationBacklog != null && (e.TranslationBacklog.LagsOriginal || e.TranslationBacklog.OldestUnreadyAt < cutoff));
    }

    public DateTimeOffset ChangedSince(DateTimeOffset now) => now.AddDays(-Options.RecentlyChangedDays);

    /// <summary>
    /// All of a pillar dashboard; the public scope skips what only officials see. A dashboard computed
    /// for the same pillar, filter, audience, language and day is shown again while the content is
    /// unchanged (<see cref="ContentCache"/>).
    /// </summary>
    public Task<PillarDashboard> LoadAsync(DashboardRequest request, CancellationToken cancellationToken) =>
        kept.GetOrComputeAsync(
            (nameof(PillarDashboard), request.Pillar.Pillar.Id, request.Filter, request.Scope, request.Language, request.Today),
            () => ComputeAsync(request, cancellationToken),
            cancellationToken);

    /// <summary>The overview's figures for every pillar, one lane per pillar, kept like a pillar dashboard.</summary>
    public Task<IReadOnlyList<PillarOverview>> OverviewAsync(IReadOnlyList<PillarContext> pillars, DashboardFilter filter, string language, CancellationToken cancellationToken) =>
        kept.GetOrComputeAsync<IReadOnlyList<PillarOverview>>(
            (nameof(PillarOverview), filter, language, Today),
            async () => await Task.WhenAll(pillars.Select(pillar => InLaneAsync(async query =>
            {
                var request = query.Request(pillar, filter, DashboardScope.Internal, language);
                var (milestones, events) = await query.ComingUpAsync(request, cancellationToken);
                return new PillarOverview(pillar, await query.TotalsAsync(request, cancellationToken), await query.CoverageAsync(request, cancellationToken), milestones, events);
            }, cancellationToken))),
            cancellationToken);

    /// <summary>
    /// Every section runs in a lane of its own (<see cref="QueryLanes"/>), so PostgreSQL packs the
    /// dashboard's queries onto both cores instead of waiting for the longest of a few fixed groups
    /// (docs/benchmarks.md); the lanes' limit bounds the connections all dashboards take together.
    /// </summary>
    private async Task<PillarDashboard> ComputeAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var internalView = request.Scope == DashboardScope.Internal;
        Task<T> Section<T>(Func<PillarDashboardQuery, Task<T>> section, T outside) =>
            internalView ? InLaneAsync(section, cancellationToken) : Task.FromResult(outside);
        // The heaviest sections first: lanes beyond the limit wait, and the longest should not be the last to start.
        var milestonesByArea = InLaneAsync(query => query.MilestonesByAreaAsync(request, cancellationToken), cancellationToken);
        var milestones = Section(async query =>
        {
            var days = await query.MilestoneDaysAsync(request, cancellationToken);
            return (Days: days, Timeline: await query.TimelineAsync(request, days, cancellationToken));
        }, (Days: (IReadOnlyList<MilestoneDay>)[], Timeline: new Timeline([], 0, [], [])));
        var countries = InLaneAsync(query => query.ByCountryAsync(request, cancellationToken), cancellationToken);
        var figures = Section<IReadOnlyList<FigureTotal>>(query => query.FiguresAsync(request, cancellationToken), []);
        var initiativesByArea = InLaneAsync(query => query.InitiativesByAreaAsync(request, cancellationToken), cancellationToken);
        var leads = Section<(IReadOnlyList<CountRow>, int)>(query => query.ByLeadOrganisationAsync(request, cancellationToken), ([], 0));
        var totals = InLaneAsync(query => query.TotalsAsync(request, cancellationToken), cancellationToken);
        var stale = Section<(IReadOnlyList<ChangedRecord>, int)>(query => query.StaleAsync(request, cancellationToken), ([], 0));
        var eventsByArea = InLaneAsync(query => query.EventsByAreaAsync(request, cancellationToken), cancellationToken);
        var years = Section<IReadOnlyList<CountRow>>(query => query.ByYearAsync(request, cancellationToken), []);
        var status = InLaneAsync(query => query.ByStatusAsync(request, cancellationToken), cancellationToken);
        var changed = Section<(IReadOnlyList<ChangedRecord>, int)>(query => query.ChangedAsync(request, cancellationToken), ([], 0));
        var events = Section<IReadOnlyList<DashboardEvent>>(query => query.UpcomingEventsAsync(request, cancellationToken), []);
        var eventsInPeriod = Section(query => query.EventsInPeriodAsync(request, cancellationToken), new Headline(0, 0));
        var staleBefore = Section(query => query.StaleAYearAgoAsync(request, cancellationToken), 0);
        var startedSince = Section(query => query.Initiatives(request).CountAsync(i => i.StartDate != null && i.StartDate.Start > request.Today.AddYears(-1), cancellationToken), 0);
        // Every lane is awaited before any result is read, so a failing lane never leaves the others unobserved.
        await Task.WhenAll(milestonesByArea, milestones, countries, figures, initiativesByArea, leads, totals, stale, eventsByArea, years, status, changed, events, eventsInPeriod, staleBefore, startedSince);
        var ((changedRows, changedCount), (staleRows, staleCount), (leadRows, otherLeads)) = (await changed, await stale, await leads);
        var coverage = Coverage(request, await initiativesByArea, await milestonesByArea, await eventsByArea);
        var (allTotals, (days, timeline)) = (await totals, await milestones);
        var headlines = internalView
            ? new Headlines(
                new Headline(allTotals.All, allTotals.All - await startedSince),
                new Headline(coverage.RecentCount, coverage.RecentCountAYearAgo),
                coverage.Areas.Count,
                MilestonesSoon(days),
                await eventsInPeriod,
                new Headline(staleCount, await staleBefore))
            : Headlines.None;
        return new PillarDashboard(
            request, allTotals, coverage, await status, await countries, leadRows, otherLeads,
            await years, await figures, timeline, await events, changedRows, changedCount, staleRows, staleCount, headlines,
            internalView ? MilestonesInLastYears(days, request.Today) : []);
    }

    /// <summary>Milestones in the next <see cref="HeadlineMonths"/> months, today and on the same day a year ago.</summary>
    private Headline MilestonesSoon(IReadOnlyList<MilestoneDay> days)
    {
        var soon = SoonWindow;
        return new Headline(
            days.Where(d => soon.Contains(d.Date)).Sum(d => d.All),
            days.Where(d => soon.AYearEarlier.Contains(d.Date)).Sum(d => d.All));
    }

    /// <summary>Events in the request's period, today and on the same day a year ago.</summary>
    public async Task<Headline> EventsInPeriodAsync(DashboardRequest request, CancellationToken cancellationToken) =>
        new(await Events(request).CountAsync(EventWithin(RecentWindow(request.Filter)), cancellationToken),
            await Events(request).CountAsync(EventWithin(RecentWindowAYearAgo(request.Filter)), cancellationToken));

    /// <summary>
    /// The records of today's filtered set that needed an update on the same day a year ago: made before the stale period
    /// then began, and neither changed (their last change, or a revision) within it. Translations' state then is not
    /// kept, so only the records themselves are judged.
    /// </summary>
    public async Task<int> StaleAYearAgoAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var then = request.Now.AddYears(-1);
        var cutoff = then.AddDays(-Options.StaleAfterDays);
        var reviewed = db.Revisions.Where(r => r.CreatedAt >= cutoff && r.CreatedAt <= then);
        var initiatives = reviewed.Where(r => r.RecordType == RecordTypes.Initiative).Select(r => r.RecordId);
        var events = reviewed.Where(r => r.RecordType == RecordTypes.Event).Select(r => r.RecordId);
        return await Initiatives(request).CountAsync(i => i.CreatedAt < cutoff && !(i.UpdatedAt >= cutoff && i.UpdatedAt <= then) && !initiatives.Contains(i.Id), cancellationToken)
            + await Events(request).CountAsync(e => e.CreatedAt < cutoff && !(e.UpdatedAt >= cutoff && e.UpdatedAt <= then) && !events.Contains(e.Id), cancellationToken);
    }

    /// <summary>The filter's choices, in a lane of their own so a page can load them while its dashboard is computed.</summary>
    public Task<DashboardChoices> ChoicesAsync(PillarContext pillar, DashboardFilter filter, string language, CancellationToken cancellationToken) =>
        lanes.RunAsync(lane => DashboardChoices.LoadAsync(lane, pillar, filter, language, cancellationToken), cancellationToken);

    private Task<T> InLaneAsync<T>(Func<PillarDashboardQuery, Task<T>> sections, CancellationToken cancellationToken) =>
        lanes.RunAsync(lane => sections(new PillarDashboardQuery(lane, lanes, kept, clock, options)), cancellationToken);

    /// <summary>Milestones and events dated in the coming month.</summary>
    public async Task<(int Milestones, int Events)> ComingUpAsync(DashboardRequest request, CancellationToken cancellationToken) =>
        (await Milestones(request).CountAsync(MilestoneWithin(ComingUpWindow), cancellationToken),
         await Events(request).CountAsync(EventWithin(ComingUpWindow), cancellationToken));

    /// <summary>How many milestones and events are to come in the next months: the lists stop at <see cref="ListLength"/>, a headline must not.</summary>
    public async Task<(int Milestones, int Events)> UpcomingCountsAsync(DashboardRequest request, CancellationToken cancellationToken) =>
        (await Milestones(request).CountAsync(MilestoneWithin(NextWindow), cancellationToken),
         await Events(request).CountAsync(EventWithin(UpcomingEventWindow), cancellationToken));

    public async Task<InitiativeTotals> TotalsAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var rows = await Initiatives(request)
            .GroupBy(i => i.Publication)
            .Select(g => new
            {
                g.Key,
                Count = g.Count(),
                Undated = g.Count(i => i.StartDate == null),
                WithoutLead = g.Count(i => !i.Organisations.Any(link => link.Role == InitiativeRole.Lead)),
            })
            .ToListAsync(cancellationToken);
        int Count(PublicationStatus status) => rows.Where(r => r.Key == status).Sum(r => r.Count);
        return new InitiativeTotals(
            Count(PublicationStatus.Published), Count(PublicationStatus.InReview), Count(PublicationStatus.Draft), rows.Sum(r => r.Undated), rows.Sum(r => r.WithoutLead));
    }

    /// <summary>
    /// Every area of the pillar, with what backs it. Each row counts as if the area were the chosen
    /// one, so the area filter does not hide the other areas, and a row's numbers are those of the
    /// list its links open.
    /// </summary>
    public async Task<Coverage> CoverageAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var initiatives = await InitiativesByAreaAsync(request, cancellationToken);
        var milestones = await MilestonesByAreaAsync(request, cancellationToken);
        return Coverage(request, initiatives, milestones, await EventsByAreaAsync(request, cancellationToken));
    }

    /// <summary>The coverage of the pillar's areas from the counts of what backs each of them (an area with none has no entry).</summary>
    public static Coverage Coverage(DashboardRequest request, AreaCounts initiatives, AreaCounts milestones, AreaCounts events) =>
        new([.. request.Pillar.Areas.Select(area =>
        {
            var i = initiatives.GetValueOrDefault(area.Id);
            var m = milestones.GetValueOrDefault(area.Id);
            var e = events.GetValueOrDefault(area.Id);
            return new AreaCoverage(area, i.All, m.All, e.All, i.Recent, m.Recent, e.Recent, i.RecentAYearAgo + m.RecentAYearAgo + e.RecentAYearAgo);
        })]);

    public Task<AreaCounts> InitiativesByAreaAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var areaIds = AreaIds(request);
        return CountByAreaAsync(
            request,
            Initiatives(request, byArea: false).SelectMany(i => i.AreaIds.Where(areaId => areaIds.Contains(areaId))
                .Select(areaId => new Dated { Key = areaId, Start = i.StartDate != null ? i.StartDate.Start : null, Precision = i.StartDate != null ? i.StartDate.Precision : null })),
            cancellationToken);
    }

    /// <summary>
    /// Milestones joined to their initiative's area links, unlike the initiatives and events, which read
    /// their own area ids: unnesting each milestone's initiative's ids, or counting per initiative, both
    /// measured slower here at 100,000 milestones (docs/benchmarks.md, fifth run).
    /// </summary>
    public Task<AreaCounts> MilestonesByAreaAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var areaIds = AreaIds(request);
        return CountByAreaAsync(
            request,
            from m in Milestones(request, byArea: false)
            join link in db.Set<InitiativeArea>() on m.InitiativeId equals link.InitiativeId
            where areaIds.Contains(link.CooperationAreaId)
            select new Dated { Key = link.CooperationAreaId, Start = m.Date.Start, Precision = m.Date.Precision },
            cancellationToken);
    }

    public Task<AreaCounts> EventsByAreaAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var areaIds = AreaIds(request);
        return CountByAreaAsync(
            request,
            Events(request, byArea: false).SelectMany(e => e.AreaIds.Where(areaId => areaIds.Contains(areaId))
                .Select(areaId => new Dated { Key = areaId, Start = e.StartDate.Start, Precision = e.StartDate.Precision })),
            cancellationToken);
    }

    /// <summary>All records per area, those within the request's recent period and those within the same period a year earlier, in one GROUP BY.</summary>
    private async Task<AreaCounts> CountByAreaAsync(DashboardRequest request, IQueryable<Dated> dated, CancellationToken cancellationToken)
    {
        var (window, before) = (RecentWindow(request.Filter), RecentWindowAYearAgo(request.Filter));
        var (from, to, month, year, fiscal) = (window.From, window.To, window.EarliestMonth, window.EarliestYear, window.EarliestFiscalYear);
        var (fromBefore, toBefore, monthBefore, yearBefore, fiscalBefore) = (before.From, before.To, before.EarliestMonth, before.EarliestYear, before.EarliestFiscalYear);
        var rows = await dated.GroupBy(d => d.Key)
            .Select(g => new
            {
                g.Key,
                All = g.Count(),
                Recent = g.Count(d => d.Start <= to && (d.Start >= from
                    || (d.Precision == DatePrecision.Month && d.Start >= month)
                    || (d.Precision == DatePrecision.Year && d.Start >= year)
                    || (d.Precision == DatePrecision.FiscalYear && d.Start >= fiscal))),
                RecentAYearAgo = g.Count(d => d.Start <= toBefore && (d.Start >= fromBefore
                    || (d.Precision == DatePrecision.Month && d.Start >= monthBefore)
                    || (d.Precision == DatePrecision.Year && d.Start >= yearBefore)
                    || (d.Precision == DatePrecision.FiscalYear && d.Start >= fiscalBefore))),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => (r.All, r.Recent, r.RecentAYearAgo));
    }

    public async Task<IReadOnlyList<CountRow>> ByStatusAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        // By the status a visitor reads on the day, as the public list each count links to filters (ADR 34). The statuses
        // a passed date gives are listed only when some initiative has one; the recorded ones always, with their zeros.
        var counts = await Initiatives(request, byStatus: false).GroupBy(StatusToday.InitiativeStandingOn(request.Today))
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var text = DashboardText.For(request.Language);
        return [.. StatusToday.InitiativeStandings
            .Select(status => new CountRow(status.ToString(), new LabelText(text.Name(status), null), counts.Where(c => c.Key == status).Sum(c => c.Count)))
            .Where(row => row.Count > 0 || row.Key is not (nameof(InitiativeStanding.StartPassed) or nameof(InitiativeStanding.Ended)))];
    }

    /// <summary>Initiatives per country: every ASEAN Member State (with zero where there is nothing), then any other country named.</summary>
    public async Task<IReadOnlyList<CountRow>> ByCountryAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var counts = await Initiatives(request, byCountry: false)
            .SelectMany(i => i.CountryIds)
            .GroupBy(countryId => countryId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Key, c => c.Count, cancellationToken);
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new { c.Group, Name = new Named(c.Id, c.IsoCode, c.OriginalLanguage, c.Translations.Select(t => new NameText(t.Language, t.Name, t.IsPublished)).ToList()) })
            .ToListAsync(cancellationToken);
        return [.. countries
            .Where(c => c.Group == CountryGroup.AseanMemberState || counts.ContainsKey(c.Name.Id))
            .Select(c => new CountRow(c.Name.Key, c.Name.NameIn(request.Language, request.PublishedOnly), counts.GetValueOrDefault(c.Name.Id)))
            .OrderByDescending(row => row.Count).ThenBy(row => row.Label.Text, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The organisations leading most initiatives, and how many other organisations lead the rest. One
    /// GROUP BY gives every lead organisation's count (a few hundred rows at most); the top of them is
    /// taken here, which spares PostgreSQL grouping the same initiatives a second time only to count the groups.
    /// </summary>
    public async Task<(IReadOnlyList<CountRow> Rows, int Others)> ByLeadOrganisationAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var leads = await Initiatives(request, byOrganisation: false)
            .SelectMany(i => i.Organisations.Where(link => link.Role == InitiativeRole.Lead))
            .GroupBy(link => link.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var top = leads.OrderByDescending(l => l.Count).ThenBy(l => l.Key).Take(LeadOrganisationBars).ToList();
        var ids = top.Select(l => l.Key).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new Named(o.Id, o.Slug, o.OriginalLanguage, o.Translations.Select(t => new NameText(t.Language, t.Name, t.IsPublished)).ToList()))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        return ([.. top.Select(l => new CountRow(names[l.Key].Key, names[l.Key].NameIn(request.Language, request.PublishedOnly), l.Count))], leads.Count - top.Count);
    }

    /// <summary>How many years the comparisons over time cover, this year the last of them.</summary>
    public const int TrendYears = 5;

    /// <summary>
    /// Counts per year over the last <see cref="TrendYears"/> years, oldest first, a year with nothing counted as 0, so a quiet
    /// year shows as one rather than dropping out of the comparison.
    /// </summary>
    public static IReadOnlyList<CountRow> LastYears(IEnumerable<(int Year, int Count)> counts, DateOnly today)
    {
        var byYear = counts.ToDictionary(c => c.Year, c => c.Count);
        return [.. Enumerable.Range(today.Year - TrendYears + 1, TrendYears).Select(year =>
        {
            var key = year.ToString(CultureInfo.InvariantCulture);
            return new CountRow(key, new LabelText(key, null), byYear.GetValueOrDefault(year));
        })];
    }

    /// <summary>Initiatives by the year they started (<see cref="ByYearAsync"/>) over the last years.</summary>
    public static IReadOnlyList<CountRow> InitiativesInLastYears(IReadOnlyList<CountRow> byYear, DateOnly today) =>
        LastYears(byYear.Select(row => (int.Parse(row.Key, CultureInfo.InvariantCulture), row.Count)), today);

    /// <summary>Milestones by the year their date begins in (a fiscal year's in its April) over the last years.</summary>
    public async Task<IReadOnlyList<CountRow>> MilestonesInLastYearsAsync(DashboardRequest request, CancellationToken cancellationToken) =>
        MilestonesInLastYears(await MilestoneDaysAsync(request, cancellationToken), request.Today);

    private static IReadOnlyList<CountRow> MilestonesInLastYears(IReadOnlyList<MilestoneDay> days, DateOnly today) =>
        LastYears(days.GroupBy(d => d.Date.Start.Year).Select(year => (year.Key, year.Sum(d => d.All))), today);

    /// <summary>
    /// How many of the request's milestones begin on each day, by precision, from the first of the last
    /// <see cref="TrendYears"/> years to the end of the timeline and of this year. The timeline's months, the milestones
    /// of the last years and the headline's milestones in the next months (today and a year ago) are all counted from
    /// these rows, so a computed dashboard reads the pillar's milestones once for them instead of four times
    /// (docs/benchmarks.md, sixth run). By day, not by month: a window's edges fall within a month.
    /// </summary>
    public async Task<IReadOnlyList<MilestoneDay>> MilestoneDaysAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var (first, end) = MilestoneDaysSpan(request.Today);
        var days = await Milestones(request)
            .Where(m => m.Date.Start >= first && m.Date.Start < end)
            .GroupBy(m => new { m.Date.Start, m.Date.Precision })
            .Select(g => new
            {
                g.Key.Start,
                g.Key.Precision,
                Achieved = g.Count(m => m.Status == MilestoneStatus.Achieved),
                Planned = g.Count(m => m.Status == MilestoneStatus.Planned),
                All = g.Count(),
            })
            .ToListAsync(cancellationToken);
        return [.. days.Select(d => new MilestoneDay(new PartialDate(d.Start, d.Precision), d.Achieved, d.Planned, d.All))];
    }

    /// <summary>The span <see cref="MilestoneDaysAsync"/> counts, end excluded: every window counted from its rows lies within it.</summary>
    private (DateOnly First, DateOnly End) MilestoneDaysSpan(DateOnly today)
    {
        // A window's earliest start (its year's or fiscal year's first day) comes before its first month, so it covers that too.
        DateOnly[] firsts = [new(today.Year - TrendYears + 1, 1, 1), PastWindow.EarliestStart, SoonWindow.AYearEarlier.EarliestStart];
        DateOnly[] ends = [TimelineEnd, new(today.Year + 1, 1, 1), SoonWindow.To.AddDays(1)];
        return (firsts.Min(), ends.Max());
    }

    /// <summary>The first day after the timeline's last month.</summary>
    private DateOnly TimelineEnd => new DateOnly(NextWindow.To.Year, NextWindow.To.Month, 1).AddMonths(1);

    public async Task<IReadOnlyList<CountRow>> ByYearAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var years = await Initiatives(request, byYears: false)
            .Where(i => i.StartDate != null)
            .GroupBy(i => i.StartDate!.Start.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() })
            .OrderBy(g => g.Year)
            .ToListAsync(cancellationToken);
        return [.. years.Select(y => new CountRow(y.Year.ToString(CultureInfo.InvariantCulture), new LabelText(y.Year.ToString(CultureInfo.InvariantCulture), null), y.Count))];
    }

    /// <summary>Key figures grouped by unit and approximation, added up only where the unit adds up.</summary>
    public async Task<IReadOnlyList<FigureTotal>> FiguresAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var groups = await Initiatives(request)
            .SelectMany(i => i.KeyFigures)
            .GroupBy(f => new { f.Unit, f.Approximation })
            .Select(g => new
            {
                g.Key.Unit,
                g.Key.Approximation,
                Figures = g.Count(),
                Initiatives = g.Select(f => f.InitiativeId).Distinct().Count(),
                Total = g.Sum(f => f.Value),
            })
            .ToListAsync(cancellationToken);
        return [.. groups
            .Select(g => new FigureTotal(g.Unit, g.Approximation, g.Figures, g.Initiatives, FigureTotal.Adds(g.Unit) ? g.Total : null))
            .OrderBy(g => g.Unit).ThenBy(g => g.Approximation)];
    }

    /// <summary>
    /// Milestones per month over the past and next twelve months, how many of them are dated only by a
    /// year or a fiscal year, and the nearest of them either side of today.
    /// </summary>
    public async Task<Timeline> TimelineAsync(DashboardRequest request, CancellationToken cancellationToken) =>
        await TimelineAsync(request, await MilestoneDaysAsync(request, cancellationToken), cancellationToken);

    private async Task<Timeline> TimelineAsync(DashboardRequest request, IReadOnlyList<MilestoneDay> days, CancellationToken cancellationToken)
    {
        var (past, next) = (PastWindow, NextWindow);
        var around = new DateWindow(past.From, next.To);
        var months = new List<MonthCount>();
        for (var month = past.EarliestMonth; month < TimelineEnd; month = month.AddMonths(1))
        {
            var inMonth = days.Where(d => d.Date.Start.Year == month.Year && d.Date.Start.Month == month.Month && d.Date.Precision is DatePrecision.Day or DatePrecision.Month).ToList();
            months.Add(new MonthCount(month.Year, month.Month, inMonth.Sum(d => d.Achieved), inMonth.Sum(d => d.Planned)));
        }

        var coarse = days.Where(d => d.Date.Precision is DatePrecision.Year or DatePrecision.FiscalYear && around.Contains(d.Date)).Sum(d => d.All);
        var pastItems = await MilestoneItems(Milestones(request).Where(MilestoneWithin(past)).OrderByDescending(m => m.Date.Start).ThenBy(m => m.Id), request.Language)
            .Take(ListLength).ToListAsync(cancellationToken);
        var nextItems = await MilestoneItems(Milestones(request).Where(MilestoneWithin(next)).OrderBy(m => m.Date.Start).ThenBy(m => m.Id), request.Language)
            .Take(ListLength).ToListAsync(cancellationToken);
        return new Timeline(months, coarse, pastItems, nextItems);
    }

    public async Task<IReadOnlyList<DashboardEvent>> UpcomingEventsAsync(DashboardRequest request, CancellationToken cancellationToken) =>
        await EventItems(Events(request).Where(EventWithin(UpcomingEventWindow)).OrderBy(e => e.StartDate.Start).ThenBy(e => e.Id), request.Language)
            .Take(ListLength).ToListAsync(cancellationToken);

    public async Task<(IReadOnlyList<ChangedRecord> Rows, int Count)> ChangedAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var since = ChangedSince(request.Now);
        var initiatives = Initiatives(request).Where(i => i.UpdatedAt >= since);
        var events = Events(request).Where(e => e.UpdatedAt >= since);
        var initiativeRows = await InitiativeChanges(initiatives.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id), request).Take(ListLength).ToListAsync(cancellationToken);
        var eventRows = await EventChanges(events.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id), request).Take(ListLength).ToListAsync(cancellationToken);
        var count = await CountAsync(initiatives, initiativeRows.Count, cancellationToken) + await CountAsync(events, eventRows.Count, cancellationToken);
        return ([.. initiativeRows.Concat(eventRows).OrderByDescending(r => r.UpdatedAt).Take(ListLength)], count);
    }

    public async Task<(IReadOnlyList<ChangedRecord> Rows, int Count)> StaleAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        var initiatives = Initiatives(request).Where(StaleInitiative(request.Now));
        var events = Events(request).Where(StaleEvent(request.Now));
        var initiativeRows = await InitiativeChanges(initiatives.OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id), request).Take(ListLength).ToListAsync(cancellationToken);
        var eventRows = await EventChanges(events.OrderBy(e => e.UpdatedAt).ThenBy(e => e.Id), request).Take(ListLength).ToListAsync(cancellationToken);
        var count = await CountAsync(initiatives, initiativeRows.Count, cancellationToken) + await CountAsync(events, eventRows.Count, cancellationToken);
        return ([.. initiativeRows.Concat(eventRows).OrderBy(r => r.UpdatedAt).Take(ListLength)], count);
    }

    /// <summary>A short list is its own count; only a full one needs PostgreSQL to count the rest.</summary>
    private static async Task<int> CountAsync<T>(IQueryable<T> records, int listed, CancellationToken cancellationToken) =>
        listed < ListLength ? listed : await records.CountAsync(cancellationToken);

    public static IQueryable<DashboardMilestone> MilestoneItems(IQueryable<Milestone> milestones, string language) =>
        milestones.Select(m => new DashboardMilestone(
            m.Id,
            m.InitiativeId,
            m.Date,
            m.Status,
            new RecordName(
                m.Translations.Where(t => t.Language == language).Select(t => t.Title).FirstOrDefault(),
                m.Translations.Where(t => t.Language == m.OriginalLanguage).Select(t => t.Title).FirstOrDefault(),
                m.OriginalLanguage,
                m.Initiative.Slug),
            new RecordName(
                m.Initiative.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault(),
                m.Initiative.Translations.Where(t => t.Language == m.Initiative.OriginalLanguage).Select(t => t.Name).FirstOrDefault(),
                m.Initiative.OriginalLanguage,
                m.Initiative.Slug),
            m.Initiative.Publication,
            m.Country != null ? m.Country.IsoCode : null));

    public static IQueryable<DashboardEvent> EventItems(IQueryable<Event> events, string language) =>
        events.Select(e => new DashboardEvent(
            e.Id,
            e.StartDate,
            new RecordName(
                e.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault(),
                e.Translations.Where(t => t.Language == e.OriginalLanguage).Select(t => t.Name).FirstOrDefault(),
                e.OriginalLanguage,
                e.Slug),
            e.Publication,
            e.Country != null ? e.Country.IsoCode : null));

    private IQueryable<ChangedRecord> InitiativeChanges(IQueryable<Initiative> initiatives, DashboardRequest request)
    {
        var (language, cutoff) = (request.Language, request.Now.AddDays(-Options.StaleAfterDays));
        return initiatives.Select(i => new ChangedRecord(
            RecordKind.Initiatives,
            i.Id,
            new RecordName(
                i.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault(),
                i.Translations.Where(t => t.Language == i.OriginalLanguage).Select(t => t.Name).FirstOrDefault(),
                i.OriginalLanguage,
                i.Slug),
            i.Publication,
            i.UpdatedAt,
            i.UpdatedAt < cutoff,
            i.TranslationBacklog != null && i.TranslationBacklog.LagsOriginal,
            i.TranslationBacklog != null && i.TranslationBacklog.OldestUnreadyAt < cutoff));
    }

    private IQueryable<ChangedRecord> EventChanges(IQueryable<Event> events, DashboardRequest request)
    {
        var (language, cutoff) = (request.Language, request.Now.AddDays(-Options.StaleAfterDays));
        return events.Select(e => new ChangedRecord(
            RecordKind.Events,
            e.Id,
            new RecordName(
                e.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault(),
                e.Translations.Where(t => t.Language == e.OriginalLanguage).Select(t => t.Name).FirstOrDefault(),
                e.OriginalLanguage,
                e.Slug),
            e.Publication,
            e.UpdatedAt,
            e.UpdatedAt < cutoff,
            e.TranslationBacklog != null && e.TranslationBacklog.LagsOriginal,
            e.TranslationBacklog != null && e.TranslationBacklog.OldestUnreadyAt < cutoff));
    }

    /// <summary>A key (an area) and a date at its precision, for counting all and recent records per key in one GROUP BY.</summary>
    private sealed class Dated
    {
        public int Key { get; init; }

        public DateOnly? Start { get; init; }

        public DatePrecision? Precision { get; init; }
    }
}
