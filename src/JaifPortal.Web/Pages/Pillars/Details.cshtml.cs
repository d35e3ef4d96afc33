using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Pillars;

public sealed class DetailsModel(PortalDbContext db) : PublicPageModel
{
    public Pillar Pillar { get; private set; } = null!;

    public IReadOnlyList<AreaSummary> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var pillar = await db.Pillars.AsNoTracking()
            .Include(p => p.Translations)
            .Include(p => p.Framework).ThenInclude(f => f.Translations)
            .Include(p => p.Framework).ThenInclude(f => f.SourceDocument!).ThenInclude(d => d.Translations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (pillar is null)
        {
            return NotFound();
        }

        Pillar = pillar;
        Areas = await db.CooperationAreas.AsNoTracking()
            .Where(a => a.PillarId == pillar.Id)
            .OrderBy(a => a.SortOrder)
            .Select(a => new AreaSummary(a.Slug, a.OriginalLanguage, a.Translations.ToList(),
                a.Initiatives.Count(link => link.Initiative.Publication == PublicationStatus.Published)))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record AreaSummary(string Slug, string OriginalLanguage, List<CooperationAreaTranslation> Translations, int InitiativeCount);
}
