namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>The record types the back office edits, by the name revisions and the audit log give them.</summary>
public static class RecordTypes
{
    public const string Initiative = "Initiative";
    public const string Event = "Event";
    public const string Organisation = "Organisation";
    public const string Person = "Person";
    public const string Framework = "Framework";
    public const string Pillar = "Pillar";
    public const string CooperationArea = "CooperationArea";

    /// <summary>A cooperation area's crosswalk to ASEAN's community pillars and the SDGs; its revisions carry the area's id.</summary>
    public const string Crosswalk = "Crosswalk";

    private static readonly Dictionary<string, string> AdminPaths = new(StringComparer.Ordinal)
    {
        [Initiative] = "/admin/initiatives",
        [Event] = "/admin/events",
        [Organisation] = "/admin/organisations",
        [Person] = "/admin/people",
        [Framework] = "/admin/structure/framework",
        [Pillar] = "/admin/structure/pillar",
        [CooperationArea] = "/admin/structure/area",
        [Crosswalk] = "/admin/crosswalk",
    };

    /// <summary>The structural records: always public, edited on one page each (no list, no publication workflow).</summary>
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal) { Framework, Pillar, CooperationArea };

    /// <summary>Structural records go live on save, so their latest revision is always the public one.</summary>
    public static bool IsStructural(string recordType) => Structural.Contains(recordType);

    public static bool IsKnown(string? recordType) => recordType is not null && AdminPaths.ContainsKey(recordType);

    public static string AdminPathOf(string recordType) => AdminPaths[recordType];

    /// <summary>The page that edits one record of the type (it takes ?id=).</summary>
    public static string EditPathOf(string recordType) =>
        Structural.Contains(recordType) ? AdminPaths[recordType] : AdminPaths[recordType] + "/edit";
}
