namespace JaifPortal.Web.Domain;

/// <summary>ASEAN's three community pillars, the frame ASEAN itself plans and reports its work in.</summary>
public enum AseanCommunity
{
    PoliticalSecurity = 0,
    Economic = 1,
    SocioCultural = 2,
}

/// <summary>
/// The fixed lists the crosswalk maps cooperation areas onto: ASEAN's community pillars and the 17
/// Sustainable Development Goals. Both are set by ASEAN and the United Nations, not by the portal, so
/// they live in code (see docs/adr/0011-crosswalk-reference-lists-and-editorial-judgement.md); the
/// mapping itself is data that administrators edit.
/// </summary>
public static class CrosswalkLists
{
    public const int GoalCount = 17;

    public static IReadOnlyList<AseanCommunity> Communities { get; } =
        [AseanCommunity.PoliticalSecurity, AseanCommunity.Economic, AseanCommunity.SocioCultural];

    public static IReadOnlyList<int> Goals { get; } = [.. Enumerable.Range(1, GoalCount)];

    /// <summary>The abbreviation ASEAN uses: APSC, AEC or ASCC.</summary>
    public static string Code(this AseanCommunity community) => community switch
    {
        AseanCommunity.PoliticalSecurity => "APSC",
        AseanCommunity.Economic => "AEC",
        AseanCommunity.SocioCultural => "ASCC",
        _ => throw new ArgumentOutOfRangeException(nameof(community), community, null),
    };

    /// <summary>The community an abbreviation names (any letter case); null for anything else.</summary>
    public static AseanCommunity? CommunityOf(string? code)
    {
        foreach (var community in Communities)
        {
            if (string.Equals(community.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return community;
            }
        }

        return null;
    }

    public static bool IsGoal(int number) => number is >= 1 and <= GoalCount;
}

/// <summary>A cooperation area seen as contributing to one of ASEAN's community pillars (JMT's editorial judgement).</summary>
public class AreaAseanCommunity
{
    public int CooperationAreaId { get; set; }

    public CooperationArea CooperationArea { get; set; } = null!;

    public AseanCommunity Community { get; set; }
}

/// <summary>A cooperation area seen as contributing to one Sustainable Development Goal (JMT's editorial judgement).</summary>
public class AreaDevelopmentGoal
{
    public int CooperationAreaId { get; set; }

    public CooperationArea CooperationArea { get; set; } = null!;

    /// <summary>The goal's number, 1 to 17.</summary>
    public int Goal { get; set; }
}
