using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Crosswalk;

/// <summary>Every cooperation area, pillar by pillar, with the ASEAN community pillars and SDGs it is mapped to.</summary>
public sealed class IndexModel(PortalDbContext db) : AdminPageModel
{
    public CrosswalkEditorText CrosswalkEditorText => CrosswalkEditorText.For(Lang);

    public CrosswalkNames Names => CrosswalkNames.For(Lang);

    public IReadOnlyList<Pillar> Pillars { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pillars = await db.Pillars.AsNoTracking()
            .Include(p => p.Translations)
            .Include(p => p.Areas.OrderBy(a => a.SortOrder).ThenBy(a => a.Id)).ThenInclude(a => a.Translations)
            .Include(p => p.Areas).ThenInclude(a => a.AseanCommunities)
            .Include(p => p.Areas).ThenInclude(a => a.DevelopmentGoals)
            .AsSplitQuery()
            .OrderBy(p => p.Number)
            .ToListAsync(cancellationToken);

    public string PillarName(Pillar pillar) =>
        (pillar.Translations.FirstOrDefault(t => t.Language == Lang) ?? pillar.Translations.FirstOrDefault(t => t.Language == pillar.OriginalLanguage))?.Name ?? pillar.Slug;
}
