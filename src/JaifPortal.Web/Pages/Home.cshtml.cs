using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages;

public sealed class HomeModel(PortalDbContext db) : PublicPageModel
{
    public PartnershipFramework? Framework { get; private set; }

    public IReadOnlyList<PillarSummary> Pillars { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Framework = await db.Frameworks.AsNoTracking()
            .Include(f => f.Translations)
            .Include(f => f.SourceDocument!).ThenInclude(d => d.Translations)
            .OrderBy(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken);

        Pillars = await db.Pillars.AsNoTracking()
            .OrderBy(p => p.Number)
            .Select(p => new PillarSummary(
                p.Number,
                p.Slug,
                p.OriginalLanguage,
                p.Translations.ToList(),
                p.Areas.Count,
                p.Areas.SelectMany(a => a.Initiatives)
                    .Where(link => link.Initiative.Publication == PublicationStatus.Published)
                    .Select(link => link.InitiativeId).Distinct().Count()))
            .ToListAsync(cancellationToken);
    }

    public sealed record PillarSummary(
        int Number, string Slug, string OriginalLanguage, List<PillarTranslation> Translations, int AreaCount, int InitiativeCount);
}
