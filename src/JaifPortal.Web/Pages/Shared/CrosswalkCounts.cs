using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>Published initiatives, milestones and events behind a group of cooperation areas.</summary>
public sealed record LensFigures(int Initiatives, int Milestones, int Events)
{
    public static readonly LensFigures None = new(0, 0, 0);
}

/// <summary>
/// Counts published records through the crosswalk, grouped in PostgreSQL (COUNT(DISTINCT …) … GROUP BY),
/// never by loading records: a record in several areas mapped to the same heading counts once under it.
/// Milestones are those of the counted initiatives; events are those tagged with a counted area.
/// </summary>
public static class CrosswalkCounts
{
    /// <summary>Per ASEAN community pillar; only the areas of one JAIF pillar when <paramref name="pillarId"/> is given.</summary>
    public static IQueryable<AreaKey<AseanCommunity>> ByCommunity(PortalDbContext db, int? pillarId = null) =>
        db.Set<AreaAseanCommunity>()
            .Where(link => pillarId == null || link.CooperationArea.PillarId == pillarId)
            .Select(link => new AreaKey<AseanCommunity> { AreaId = link.CooperationAreaId, Key = link.Community });

    /// <summary>Per Sustainable Development Goal; only the areas of one JAIF pillar when <paramref name="pillarId"/> is given.</summary>
    public static IQueryable<AreaKey<int>> ByGoal(PortalDbContext db, int? pillarId = null) =>
        db.Set<AreaDevelopmentGoal>()
            .Where(link => pillarId == null || link.CooperationArea.PillarId == pillarId)
            .Select(link => new AreaKey<int> { AreaId = link.CooperationAreaId, Key = link.Goal });

    /// <summary>Per cooperation area, each its own group.</summary>
    public static IQueryable<AreaKey<int>> ByArea(PortalDbContext db) =>
        db.CooperationAreas.Select(area => new AreaKey<int> { AreaId = area.Id, Key = area.Id });

    public static async Task<Dictionary<TKey, LensFigures>> FiguresAsync<TKey>(
        PortalDbContext db, IQueryable<AreaKey<TKey>> groups, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var initiatives = await InitiativesAsync(db, groups, cancellationToken);
        var milestones = await (
                from area in groups
                join link in db.Set<InitiativeArea>() on area.AreaId equals link.CooperationAreaId
                join milestone in db.Milestones on link.InitiativeId equals milestone.InitiativeId
                where link.Initiative.Publication == PublicationStatus.Published
                group milestone.Id by area.Key into grouped
                select new { grouped.Key, Count = grouped.Distinct().Count() })
            .ToDictionaryAsync(row => row.Key, row => row.Count, cancellationToken);
        var events = await (
                from area in groups
                join link in db.Set<EventArea>() on area.AreaId equals link.CooperationAreaId
                where link.Event.Publication == PublicationStatus.Published
                group link.EventId by area.Key into grouped
                select new { grouped.Key, Count = grouped.Distinct().Count() })
            .ToDictionaryAsync(row => row.Key, row => row.Count, cancellationToken);
        return initiatives.Keys.Union(milestones.Keys).Union(events.Keys).ToDictionary(
            key => key,
            key => new LensFigures(initiatives.GetValueOrDefault(key), milestones.GetValueOrDefault(key), events.GetValueOrDefault(key)));
    }

    /// <summary>Only the published initiatives, for the reduced lens of a pillar page.</summary>
    public static Task<Dictionary<TKey, int>> InitiativesAsync<TKey>(
        PortalDbContext db, IQueryable<AreaKey<TKey>> groups, CancellationToken cancellationToken)
        where TKey : notnull =>
        (from area in groups
         join link in db.Set<InitiativeArea>() on area.AreaId equals link.CooperationAreaId
         where link.Initiative.Publication == PublicationStatus.Published
         group link.InitiativeId by area.Key into grouped
         select new { grouped.Key, Count = grouped.Distinct().Count() })
        .ToDictionaryAsync(row => row.Key, row => row.Count, cancellationToken);
}

/// <summary>A cooperation area and the heading it is counted under (an ASEAN pillar, a goal, itself).</summary>
public sealed class AreaKey<TKey>
{
    public int AreaId { get; init; }

    public required TKey Key { get; init; }
}
