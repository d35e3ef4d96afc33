using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards.Pages;

/// <summary>
/// The portal's work through ASEAN's lens: for each ASEAN community pillar and each SDG, the cooperation
/// areas mapped to it and the published initiatives, milestones and events behind them, counted in
/// PostgreSQL. For back-office users only (anonymous visitors are sent to the sign-in page).
/// </summary>
[Authorize(Policy = PortalPolicies.BackOffice)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AseanLensModel(PortalDbContext db) : PublicPageModel
{
    public CrosswalkText CrosswalkText => CrosswalkText.For(Lang);

    public IReadOnlyList<LensHeading> Communities { get; private set; } = [];

    public IReadOnlyList<LensHeading> Goals { get; private set; } = [];

    public LensChart CommunityChart => LensChart.Of("chart-communities", CrosswalkText.ChartTitle(CrosswalkText.AseanCommunities), CrosswalkText, Communities);

    public LensChart GoalChart => LensChart.Of("chart-goals", CrosswalkText.ChartTitle(CrosswalkText.Goals), CrosswalkText, Goals);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var names = CrosswalkNames.For(Lang);
        var areaRows = await db.CooperationAreas.AsNoTracking()
            .OrderBy(a => a.Pillar.Number).ThenBy(a => a.SortOrder)
            .Select(a => new { a.Id, a.Slug, PillarNumber = a.Pillar.Number, a.OriginalLanguage, Translations = a.Translations.ToList() })
            .ToListAsync(cancellationToken);
        var communityLinks = await db.Set<AreaAseanCommunity>().AsNoTracking()
            .Select(link => new { link.CooperationAreaId, link.Community }).ToListAsync(cancellationToken);
        var goalLinks = await db.Set<AreaDevelopmentGoal>().AsNoTracking()
            .Select(link => new { link.CooperationAreaId, link.Goal }).ToListAsync(cancellationToken);
        var perArea = await CrosswalkCounts.FiguresAsync(db, CrosswalkCounts.ByArea(db), cancellationToken);
        var perCommunity = await CrosswalkCounts.FiguresAsync(db, CrosswalkCounts.ByCommunity(db), cancellationToken);
        var perGoal = await CrosswalkCounts.FiguresAsync(db, CrosswalkCounts.ByGoal(db), cancellationToken);

        var areas = areaRows.Select(a => new LensArea(
                a.Id, a.Slug, a.PillarNumber, Text(a.Translations, a.OriginalLanguage), perArea.GetValueOrDefault(a.Id, LensFigures.None)))
            .ToList();
        Communities =
        [
            .. CrosswalkLists.Communities.Select(community => new LensHeading(
                $"asean-{community.Code().ToLowerInvariant()}", community.Code(), $"{community.Code()} – {names.Community(community)}",
                [.. areas.Where(area => communityLinks.Exists(link => link.CooperationAreaId == area.Id && link.Community == community))],
                perCommunity.GetValueOrDefault(community, LensFigures.None))),
        ];
        Goals =
        [
            .. CrosswalkLists.Goals.Select(goal => new LensHeading(
                $"sdg-{goal}", names.GoalNumber(goal), names.Goal(goal),
                [.. areas.Where(area => goalLinks.Exists(link => link.CooperationAreaId == area.Id && link.Goal == goal))],
                perGoal.GetValueOrDefault(goal, LensFigures.None))),
        ];
    }
}

public sealed record LensArea(int Id, string Slug, int PillarNumber, LocalizedText<CooperationAreaTranslation> Name, LensFigures Figures);

/// <summary>An ASEAN community pillar or a goal: its areas, each with its own figures, and the total counting each record once.</summary>
public sealed record LensHeading(string Id, string ShortLabel, string Label, IReadOnlyList<LensArea> Areas, LensFigures Total);

/// <summary>What the table of one heading needs.</summary>
public sealed record LensTable(LensHeading Heading, string Lang, UiText T, CrosswalkText CrosswalkText);
