using JaifPortal.Web.Areas.Dashboards;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Pillars;

[PublicCache]
public sealed class DetailsModel(PortalDbContext db, PillarDashboardQuery dashboards, DashboardLinks links, ContentCache kept) : PublicPageModel
{
    /// <summary>The public, reduced dashboard: coverage of the pillar's areas and initiatives by status and country, published records only.</summary>
    public IReadOnlyList<(string Heading, ChartWithTable Figures)> PublicFigures { get; private set; } = [];

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
        if (await dashboards.FindPillarAsync(pillar.Slug, cancellationToken) is not { } context)
        {
            return NotFound();
        }

        // The public figures are a dashboard of published records, kept while the content is unchanged like every
        // dashboard (ADR 13); the areas' initiative counts are its coverage's, so the page counts them only once.
        var dashboard = await dashboards.LoadAsync(dashboards.Request(context, DashboardFilter.None, DashboardScope.Public, Lang), cancellationToken);
        var text = DashboardText.For(Lang);
        var tables = new DashboardTables(text, FigureLinks.Public(links, Lang, pillar.Slug), dashboards.Options, publishedOnly: true);
        // A figure with nothing to show (a pillar without published initiatives) is left out, heading and all.
        PublicFigures =
        [
            .. new[]
            {
                (text.InitiativesByArea, tables.Coverage(dashboard.Coverage, withVerdicts: false)),
                (text.ByStatus, tables.Status(dashboard.ByStatus)),
                (text.ByCountry, tables.Countries(dashboard.ByCountry)),
            }.Where(figure => figure.Item2.DrawnChart is not null),
        ];
        var initiatives = dashboard.Coverage.Areas.ToDictionary(area => area.Area.Id, area => area.Initiatives);
        var areas = await db.CooperationAreas.AsNoTracking()
            .Where(a => a.PillarId == pillar.Id)
            .OrderBy(a => a.SortOrder)
            .Select(a => new
            {
                a.Id, a.Slug, a.OriginalLanguage, Translations = a.Translations.ToList(),
                Communities = a.AseanCommunities.Select(link => link.Community).ToList(),
                Goals = a.DevelopmentGoals.Select(link => link.Goal).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        Areas = [.. areas.Select(a => new AreaSummary(a.Slug, a.OriginalLanguage, a.Translations, initiatives.GetValueOrDefault(a.Id), a.Communities, a.Goals))];
        var lens = await kept.GetOrComputeAsync(
            (nameof(PillarLens), pillar.Id),
            async () => new PillarLens(
                await CrosswalkCounts.InitiativesAsync(db, CrosswalkCounts.ByCommunity(db, pillar.Id), cancellationToken),
                await CrosswalkCounts.InitiativesAsync(db, CrosswalkCounts.ByGoal(db, pillar.Id), cancellationToken)),
            cancellationToken);
        (LensCommunities, LensGoals) = (lens.Communities, lens.Goals);
        return Page();
    }

    /// <summary>The ASEAN community pillars this pillar's areas are mapped to, each with its published initiatives.</summary>
    public IReadOnlyList<(AseanCommunity Community, int Initiatives)> Communities =>
        [.. Areas.SelectMany(a => a.Communities).Distinct().Order().Select(c => (c, LensCommunities.GetValueOrDefault(c)))];

    /// <summary>The goals this pillar's areas are mapped to, each with its published initiatives.</summary>
    public IReadOnlyList<(int Goal, int Initiatives)> Goals =>
        [.. Areas.SelectMany(a => a.Goals).Distinct().Order().Select(g => (g, LensGoals.GetValueOrDefault(g)))];

    private Dictionary<AseanCommunity, int> LensCommunities { get; set; } = [];

    private Dictionary<int, int> LensGoals { get; set; } = [];

    /// <summary>The published initiatives under each ASEAN community pillar and each goal the pillar's areas are mapped to.</summary>
    private sealed record PillarLens(Dictionary<AseanCommunity, int> Communities, Dictionary<int, int> Goals);

    public sealed record AreaSummary(
        string Slug, string OriginalLanguage, List<CooperationAreaTranslation> Translations, int InitiativeCount,
        List<AseanCommunity> Communities, List<int> Goals);
}
