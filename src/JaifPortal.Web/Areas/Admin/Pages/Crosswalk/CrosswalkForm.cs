using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin.Pages.Crosswalk;

/// <summary>What the edit page binds: the ticked boxes, community pillars by abbreviation and goals by number.</summary>
public sealed class CrosswalkForm
{
    public List<string> Communities { get; set; } = [];

    public List<int> Goals { get; set; } = [];

    public static CrosswalkForm Of(CooperationArea area) => new()
    {
        Communities = [.. area.AseanCommunities.Select(link => link.Community).Order().Select(c => c.Code())],
        Goals = [.. area.DevelopmentGoals.Select(link => link.Goal).Order()],
    };

    public bool Has(AseanCommunity community) => Communities.Contains(community.Code(), StringComparer.OrdinalIgnoreCase);

    public bool Has(int goal) => Goals.Contains(goal);
}

/// <summary>
/// What a revision of an area's crosswalk stores: every community pillar and goal with whether it is
/// chosen, so two revisions compare box by box ("goals.13: false → true").
/// </summary>
public sealed class CrosswalkSnapshot
{
    public Dictionary<string, bool> AseanCommunities { get; set; } = [];

    public Dictionary<string, bool> Goals { get; set; } = [];

    public static CrosswalkSnapshot Of(CrosswalkForm form) => new()
    {
        AseanCommunities = CrosswalkLists.Communities.ToDictionary(c => c.Code(), c => form.Has(c)),
        Goals = CrosswalkLists.Goals.ToDictionary(goal => goal.ToString(System.Globalization.CultureInfo.InvariantCulture), goal => form.Has(goal)),
    };

    public CrosswalkForm ToForm() => new()
    {
        Communities = [.. AseanCommunities.Where(pair => pair.Value).Select(pair => pair.Key)],
        Goals = [.. Goals.Where(pair => pair.Value && int.TryParse(pair.Key, out _)).Select(pair => int.Parse(pair.Key, System.Globalization.CultureInfo.InvariantCulture))],
    };

    /// <summary>For the audit log: "ASEAN: ASCC → APSC, ASCC; SDGs: 11, 13 → 3, 11, 13".</summary>
    public static string Describe(CrosswalkSnapshot before, CrosswalkSnapshot after)
    {
        static string Chosen(Dictionary<string, bool> boxes) =>
            boxes.Any(pair => pair.Value) ? string.Join(", ", boxes.Where(pair => pair.Value).Select(pair => pair.Key)) : "–";
        return $"ASEAN: {Chosen(before.AseanCommunities)} → {Chosen(after.AseanCommunities)}; SDGs: {Chosen(before.Goals)} → {Chosen(after.Goals)}";
    }
}
