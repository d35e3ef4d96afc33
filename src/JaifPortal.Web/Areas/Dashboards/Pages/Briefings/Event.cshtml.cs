using JaifPortal.Web.Areas.Dashboards.Briefings;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards.Pages.Briefings;

public sealed class EventModel(PortalDbContext db, TimeProvider clock) : BriefingPageModel(db, clock)
{
    public Event Event { get; private set; } = null!;

    public IReadOnlyList<BriefingInitiative> Initiatives { get; private set; } = [];

    public int InitiativeTotal { get; private set; }

    public IReadOnlyList<UpcomingMilestone> Milestones { get; private set; } = [];

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
        Milestones = await BriefingQueries.UpcomingAsync(
            Db.Milestones.AsNoTracking().Where(m => m.Initiative.Events.Any(link => link.EventId == found.Id)), Today, cancellationToken);
        return Page();
    }
}
