using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Pillars;

/// <summary>
/// The plan at a glance: its pillars in order, each with its cooperation areas in the plan's order and the published
/// initiatives of each, for the pillars and areas index pages.
/// </summary>
public sealed record PlanOutline(IReadOnlyList<PlanOutline.PillarEntry> Pillars)
{
    public static async Task<PlanOutline> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        // Counted from the area ids each published initiative keeps on its row, as the home page counts pillars.
        var initiatives = await db.Initiatives.AsNoTracking().Published()
            .SelectMany(i => i.AreaIds).GroupBy(areaId => areaId)
            .Select(g => new { AreaId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AreaId, g => g.Count, cancellationToken);
        var pillars = await db.Pillars.AsNoTracking()
            .OrderBy(p => p.Number)
            .Select(p => new
            {
                p.Number, p.Slug, p.OriginalLanguage, Translations = p.Translations.ToList(),
                Areas = p.Areas.OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Slug, a.OriginalLanguage, Translations = a.Translations.ToList() }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new PlanOutline(
        [
            .. pillars.Select(p => new PillarEntry(
                p.Number, p.Slug, p.OriginalLanguage, p.Translations,
                [.. p.Areas.Select(a => new AreaEntry(a.Slug, a.OriginalLanguage, a.Translations, initiatives.GetValueOrDefault(a.Id)))])),
        ]);
    }

    public sealed record PillarEntry(int Number, string Slug, string OriginalLanguage, List<PillarTranslation> Translations, IReadOnlyList<AreaEntry> Areas);

    public sealed record AreaEntry(string Slug, string OriginalLanguage, List<CooperationAreaTranslation> Translations, int InitiativeCount);
}
