using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Dashboards;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Pillars;

public sealed class DetailsModel(PortalDbContext db, PillarDashboardQuery dashboards) : PublicPageModel
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
        Areas = await db.CooperationAreas.AsNoTracking()
            .Where(a => a.PillarId == pillar.Id)
            .OrderBy(a => a.SortOrder)
            .Select(a => new AreaSummary(a.Slug, a.OriginalLanguage, a.Translations.ToList(),
                a.Initiatives.Count(link => link.Initiative.Publication == PublicationStatus.Published),
                a.AseanCommunities.Select(link => link.Community).ToList(),
                a.DevelopmentGoals.Select(link => link.Goal).ToList()))
            .ToListAsync(cancellationToken);

        if (await dashboards.FindPillarAsync(pillar.Slug, cancellationToken) is { } context)
        {
            var request = dashboards.Request(context, DashboardFilter.None, DashboardScope.Public, Lang);
            var text = DashboardText.For(Lang);
            var tables = new DashboardTables(text, FigureLinks.Public(Lang, pillar.Slug), dashboards.Options, publishedOnly: true);
            PublicFigures =
            [
                (text.CoverageHeading, tables.Coverage(await dashboards.CoverageAsync(request, cancellationToken))),
                (text.ByStatus, tables.Status(await dashboards.ByStatusAsync(request, cancellationToken))),
                (text.ByCountry, tables.Countries(await dashboards.ByCountryAsync(request, cancellationToken))),
            ];
        }
        LensCommunities = await CrosswalkCounts.InitiativesAsync(db, CrosswalkCounts.ByCommunity(db, pillar.Id), cancellationToken);
        LensGoals = await CrosswalkCounts.InitiativesAsync(db, CrosswalkCounts.ByGoal(db, pillar.Id), cancellationToken);
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

    public sealed record AreaSummary(
        string Slug, string OriginalLanguage, List<CooperationAreaTranslation> Translations, int InitiativeCount,
        List<AseanCommunity> Communities, List<int> Goals);
}
