using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Initiatives;

public sealed class DetailsModel(PortalDbContext db) : PublicPageModel
{
    public Initiative Initiative { get; private set; } = null!;

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.AsNoTracking()
            .Include(i => i.Translations)
            .Include(i => i.Areas).ThenInclude(link => link.CooperationArea).ThenInclude(a => a.Translations)
            .Include(i => i.Areas).ThenInclude(link => link.CooperationArea).ThenInclude(a => a.Pillar).ThenInclude(p => p.Translations)
            .Include(i => i.Organisations.Where(link => link.Organisation.Publication == PublicationStatus.Published))
                .ThenInclude(link => link.Organisation).ThenInclude(o => o.Translations)
            .Include(i => i.Countries).ThenInclude(link => link.Country).ThenInclude(c => c.Translations)
            .Include(i => i.KeyFigures).ThenInclude(f => f.Translations)
            .Include(i => i.Milestones).ThenInclude(m => m.Translations)
            .Include(i => i.Milestones).ThenInclude(m => m.Country!).ThenInclude(c => c.Translations)
            .Include(i => i.Milestones).ThenInclude(m => m.Event)
            .Include(i => i.Links).ThenInclude(l => l.Translations)
            .Include(i => i.Images).ThenInclude(image => image.Translations)
            .Include(i => i.ParentInitiative!).ThenInclude(parent => parent.Translations)
            .Include(i => i.ChildInitiatives.Where(child => child.Publication == PublicationStatus.Published)).ThenInclude(child => child.Translations)
            .Include(i => i.SourceDocument!).ThenInclude(d => d.Translations)
            .AsSplitQuery()
            .Published()
            .FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (initiative is null)
        {
            return NotFound();
        }

        Initiative = initiative;
        Events = await db.Events.AsNoTracking().Published()
            .Where(e => e.Initiatives.Any(link => link.InitiativeId == initiative.Id))
            .NewestFirst()
            .ToItems()
            .ToListAsync(cancellationToken);
        return Page();
    }
}
