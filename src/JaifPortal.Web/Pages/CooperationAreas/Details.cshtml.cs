using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.CooperationAreas;

[PublicCache]
public sealed class DetailsModel(PortalDbContext db) : PublicPageModel
{
    public CooperationArea Area { get; private set; } = null!;

    public IReadOnlyList<InitiativeCard> Initiatives { get; private set; } = [];

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var area = await db.CooperationAreas.AsNoTracking()
            .Include(a => a.Translations)
            .Include(a => a.AseanCommunities)
            .Include(a => a.DevelopmentGoals)
            .Include(a => a.Pillar).ThenInclude(p => p.Translations)
            .Include(a => a.Pillar).ThenInclude(p => p.Framework).ThenInclude(f => f.SourceDocument!).ThenInclude(d => d.Translations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        Area = area;
        Initiatives = await db.Initiatives.AsNoTracking().Published()
            .Where(i => i.Areas.Any(link => link.CooperationAreaId == area.Id))
            .OrderBy(i => i.Slug)
            .ToCards()
            .ToListAsync(cancellationToken);
        Events = await db.Events.AsNoTracking().Published()
            .Where(e => e.Areas.Any(link => link.CooperationAreaId == area.Id))
            .NewestFirst()
            .ToItems()
            .ToListAsync(cancellationToken);
        return Page();
    }
}
