using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>Where the back office lists and edits each kind of record (<see cref="RecordTypes"/>).</summary>
public static class AdminPaths
{
    private static readonly Dictionary<string, string> Lists = new(StringComparer.Ordinal)
    {
        [RecordTypes.Initiative] = "/admin/initiatives",
        [RecordTypes.Event] = "/admin/events",
        [RecordTypes.Organisation] = "/admin/organisations",
        [RecordTypes.Person] = "/admin/people",
        [RecordTypes.Framework] = "/admin/structure/framework",
        [RecordTypes.Pillar] = "/admin/structure/pillar",
        [RecordTypes.CooperationArea] = "/admin/structure/area",
        [RecordTypes.Crosswalk] = "/admin/crosswalk",
    };

    public static bool IsEditable(string? recordType) => recordType is not null && Lists.ContainsKey(recordType);

    public static string ListOf(string recordType) => Lists[recordType];

    /// <summary>The page that edits one record of the type (it takes ?id=).</summary>
    public static string EditorOf(string recordType) =>
        RecordTypes.IsStructural(recordType) ? Lists[recordType] : Lists[recordType] + "/edit";
}
