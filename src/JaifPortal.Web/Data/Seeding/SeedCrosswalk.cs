using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Data.Seeding;

/// <summary>
/// The shape of seed-crosswalk.json: JMT's initial mapping of each cooperation area (by slug) to ASEAN's
/// community pillars (by abbreviation) and to Sustainable Development Goals (by number).
/// </summary>
public sealed class SeedCrosswalk
{
    /// <summary>Identifies this body in the applied-seeds log; change it only for a new body.</summary>
    public required string Key { get; init; }

    public required Dictionary<string, SeedAreaCrosswalk> Areas { get; init; }

    /// <summary>Adds the mapping rows of every listed area that exists; returns how many areas were mapped.</summary>
    internal int AddTo(PortalDbContext db, IReadOnlyDictionary<string, int> areaIds, Action<string> unknownArea)
    {
        var mapped = 0;
        foreach (var (slug, mapping) in Areas)
        {
            if (!areaIds.TryGetValue(slug, out var areaId))
            {
                unknownArea(slug);
                continue;
            }

            foreach (var code in mapping.AseanCommunities)
            {
                var community = CrosswalkLists.CommunityOf(code)
                    ?? throw new InvalidOperationException($"The seed crosswalk maps '{slug}' to '{code}', which is not an ASEAN community pillar.");
                db.Set<AreaAseanCommunity>().Add(new AreaAseanCommunity { CooperationAreaId = areaId, Community = community });
            }

            foreach (var goal in mapping.Goals)
            {
                if (!CrosswalkLists.IsGoal(goal))
                {
                    throw new InvalidOperationException($"The seed crosswalk maps '{slug}' to goal {goal}, which is not a Sustainable Development Goal.");
                }

                db.Set<AreaDevelopmentGoal>().Add(new AreaDevelopmentGoal { CooperationAreaId = areaId, Goal = goal });
            }

            mapped++;
        }

        return mapped;
    }
}

public sealed class SeedAreaCrosswalk
{
    /// <summary>APSC, AEC, ASCC.</summary>
    public required List<string> AseanCommunities { get; init; }

    /// <summary>1 to 17.</summary>
    public required List<int> Goals { get; init; }
}
