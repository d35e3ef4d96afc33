using JaifPortal.Web.Areas.Dashboards.Briefings;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards.Pages.Briefings;

/// <summary>
/// A country's pack: a first page with the headline figures, the main initiatives and what is coming up there,
/// then the initiatives by pillar, their summaries and the milestones and events in the country.
/// </summary>
public sealed class CountryModel(PortalDbContext db, TimeProvider clock, PillarDashboardQuery dashboards) : BriefingPageModel(db, clock)
{
    public Country Country { get; private set; } = null!;

    public IReadOnlyList<PillarCount> ByPillar { get; private set; } = [];

    public IReadOnlyList<BriefingInitiative> Initiatives { get; private set; } = [];

    /// <summary>The initiatives in the country for a reason of their own (named, a milestone or a photo there), which the pack summarises.</summary>
    public int InitiativeTotal { get; private set; }

    /// <summary>The regional initiatives, counted for every Member State: the pack gives their number, not their summaries.</summary>
    public int RegionalTotal { get; private set; }

    public IReadOnlyList<UpcomingMilestone> Milestones { get; private set; } = [];

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    /// <summary>How many pillars the initiatives in the country for a reason of their own belong to.</summary>
    public int PillarsCovered { get; private set; }

    /// <summary>Milestones in the country in the dashboards' next months (<see cref="PillarDashboardQuery.HeadlineMonths"/>).</summary>
    public int MilestonesSoon { get; private set; }

    /// <summary>Events held in the country this calendar year up to today, as the dashboards' "events in the period".</summary>
    public int EventsThisYear { get; private set; }

    /// <summary>This calendar year, named for the events' figure.</summary>
    public string ThisYear => DashboardText.For(Lang).PeriodName(ReportingPeriod.CalendarYear, dashboards.Today, dashboards.Options.RecentMonths);

    public ComingUp ComingUp { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var country = await Db.Countries.AsNoTracking().Include(c => c.Translations).FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (country is null)
        {
            return NotFound();
        }

        Country = country;

        // The same initiatives the country page lists, by the one rule (InitiativePlaces, ADR 26). An ambassador
        // asks what is done in the country itself: the pack summarises those and counts the regional ones, which
        // would otherwise fill it with the same programmes for every Member State.
        var initiatives = Db.Initiatives.AsNoTracking().Published().Where(InitiativePlaces.In(country.Id));
        var ownReason = Db.InitiativeCountryReach
            .Where(reach => reach.CountryId == country.Id && reach.Reach != CountryReach.Regional)
            .Select(reach => reach.InitiativeId);
        var local = initiatives.Where(i => ownReason.Contains(i.Id));
        InitiativeTotal = await local.CountAsync(cancellationToken);
        RegionalTotal = await initiatives.CountAsync(cancellationToken) - InitiativeTotal;
        ByPillar = await Db.Pillars.AsNoTracking()
            .OrderBy(p => p.Number)
            .Select(p => new PillarCount(
                p.Number,
                p.Slug,
                p.OriginalLanguage,
                p.Translations.ToList(),
                initiatives.Count(i => i.Areas.Any(link => link.CooperationArea.PillarId == p.Id))))
            .ToListAsync(cancellationToken);
        Initiatives = await BriefingQueries.SummariesAsync(local, cancellationToken);
        PillarsCovered = await Db.Pillars.CountAsync(p => local.Any(i => i.Areas.Any(link => link.CooperationArea.PillarId == p.Id)), cancellationToken);
        await NoteInitiativesUsedAsync(Initiatives, cancellationToken);

        Milestones = await BriefingQueries.UpcomingAsync(
            Db.Milestones.AsNoTracking().Where(MilestonePlaces.In(country.Id)),
            Today,
            cancellationToken);
        var published = Db.Milestones.Where(m => m.Initiative.Publication == PublicationStatus.Published).Where(MilestonePlaces.In(country.Id));
        MilestonesSoon = await published.CountAsync(PillarDashboardQuery.MilestoneWithin(dashboards.SoonWindow), cancellationToken);
        var thisYear = dashboards.RecentWindow(DashboardFilter.None with { Period = ReportingPeriod.CalendarYear });
        EventsThisYear = await Db.Events.Published().Where(e => e.CountryId == country.Id).CountAsync(PillarDashboardQuery.EventWithin(thisYear), cancellationToken);

        var from = Today.AddMonths(-BriefingQueries.UpcomingMonths);
        var until = Today.AddMonths(BriefingQueries.UpcomingMonths);
        var events = await Db.Events.AsNoTracking().Published()
            .Where(e => e.CountryId == country.Id && e.StartDate.Start >= from && e.StartDate.Start <= until)
            .OrderBy(e => e.StartDate.Start).ThenBy(e => e.Slug)
            .Take(BriefingQueries.MaxMilestones)
            .Select(e => new { e.Id, e.PublishedAt, Item = new EventItem(e.Slug, e.StartDate, e.OriginalLanguage, e.Translations.ToList()) })
            .ToListAsync(cancellationToken);
        Events = events.Select(e => e.Item).ToList();
        ComingUp = ComingUpOf(Milestones, Events.Where(e => e.StartDate.Start >= Today));
        await NoteRecordsUsedAsync(
            RecordTypes.Event,
            [.. events.Select(used =>
            {
                var name = Text(used.Item.Translations, used.Item.OriginalLanguage);
                return (used.Id, name.Text.Name, name.Language, used.PublishedAt);
            })],
            cancellationToken);

        return Page();
    }
}

public sealed record PillarCount(int Number, string Slug, string OriginalLanguage, List<PillarTranslation> Translations, int Initiatives)
    : ITranslated<PillarTranslation>
{
    ICollection<PillarTranslation> ITranslated<PillarTranslation>.Translations => Translations;
}
