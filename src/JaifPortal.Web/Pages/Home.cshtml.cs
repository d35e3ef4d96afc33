using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages;

[PublicCache]
public sealed class HomeModel(PortalDbContext db, ContentCache kept) : PublicPageModel
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

        // Counted from the pillar ids each published initiative keeps on its row, and kept while the content is
        // unchanged (ADR 13): every visitor's first page would otherwise read every published initiative.
        var initiatives = await kept.GetOrComputeAsync(
            nameof(HomeModel),
            async () => await db.Initiatives.AsNoTracking().Published()
                .SelectMany(i => i.PillarIds).GroupBy(pillarId => pillarId)
                .Select(g => new { PillarId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.PillarId, g => g.Count, cancellationToken),
            cancellationToken);
        var pillars = await db.Pillars.AsNoTracking()
            .OrderBy(p => p.Number)
            .Select(p => new { p.Id, p.Number, p.Slug, p.OriginalLanguage, Translations = p.Translations.ToList(), AreaCount = p.Areas.Count })
            .ToListAsync(cancellationToken);
        Pillars =
        [
            .. pillars.Select(p => new PillarSummary(
                p.Number, p.Slug, p.OriginalLanguage, p.Translations, p.AreaCount, initiatives.GetValueOrDefault(p.Id))),
        ];
    }

    public sealed record PillarSummary(
        int Number, string Slug, string OriginalLanguage, List<PillarTranslation> Translations, int AreaCount, int InitiativeCount);
}
