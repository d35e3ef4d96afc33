using JaifPortal.Web.Areas.Dashboards.Briefings;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards.Pages.Briefings;

/// <summary>
/// An event's pack: a first page with the event's date, place and organisers, the initiatives it belongs to and what
/// follows next for them, then the event's participants, topics and outcome and the initiatives' summaries.
/// </summary>
public sealed class EventModel(PortalDbContext db, TimeProvider clock, PillarDashboardQuery dashboards) : BriefingPageModel(db, clock)
{
    public Event Event { get; private set; } = null!;

    public IReadOnlyList<BriefingInitiative> Initiatives { get; private set; } = [];

    public int InitiativeTotal { get; private set; }

    public IReadOnlyList<UpcomingMilestone> Milestones { get; private set; } = [];

    /// <summary>Milestones of the event's initiatives in the dashboards' next months (<see cref="PillarDashboardQuery.HeadlineMonths"/>).</summary>
    public int MilestonesSoon { get; private set; }

    /// <summary>The later events of the same initiatives, from today on.</summary>
    public IReadOnlyList<EventItem> NextEvents { get; private set; } = [];

    public ComingUp ComingUp { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await Db.Events.AsNoTracking()
            .WithPublishedParties()
            .AsSplitQuery()
            .Published()
            .FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Event = found;
        var name = Text(found);
        await NoteRecordUsedAsync(RecordTypes.Event, found.Id, name.Text.Name, name.Language, found.PublishedAt, cancellationToken);

        var initiatives = Db.Initiatives.AsNoTracking().Published().Where(i => i.Events.Any(link => link.EventId == found.Id));
        InitiativeTotal = await initiatives.CountAsync(cancellationToken);
        Initiatives = await BriefingQueries.SummariesAsync(initiatives, cancellationToken);
        await NoteInitiativesUsedAsync(Initiatives, cancellationToken);
        var milestones = Db.Milestones.AsNoTracking().Where(m => m.Initiative.Events.Any(link => link.EventId == found.Id));
        Milestones = await BriefingQueries.UpcomingAsync(milestones, Today, cancellationToken);
        MilestonesSoon = await milestones.Where(m => m.Initiative.Publication == PublicationStatus.Published)
            .CountAsync(PillarDashboardQuery.MilestoneWithin(dashboards.SoonWindow), cancellationToken);
        var initiativeIds = initiatives.Select(i => i.Id);
        NextEvents = await Db.Events.AsNoTracking().Published()
            .Where(e => e.Id != found.Id && e.StartDate.Start >= Today && e.Initiatives.Any(link => initiativeIds.Contains(link.InitiativeId)))
            .OrderBy(e => e.StartDate.Start).ThenBy(e => e.Slug)
            .Take(ComingUpItems)
            .Select(e => new EventItem(e.Slug, e.StartDate, e.OriginalLanguage, e.Translations.ToList()))
            .ToListAsync(cancellationToken);
        ComingUp = ComingUpOf(Milestones, NextEvents);
        return Page();
    }
}
