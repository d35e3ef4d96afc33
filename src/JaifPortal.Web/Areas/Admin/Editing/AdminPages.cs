using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// Which back-office page edits each kind of record (<see cref="RecordTypes"/>). These are page names, not paths:
/// links are generated from the pages' routes (<c>asp-page</c>, <c>Url.Page</c>), so a page's address is written once.
/// </summary>
public static class AdminPages
{
    public const string Area = "Admin";

    private static readonly Dictionary<string, string> Editors = new(StringComparer.Ordinal)
    {
        [RecordTypes.Initiative] = "/Initiatives/Edit",
        [RecordTypes.Event] = "/Events/Edit",
        [RecordTypes.Organisation] = "/Organisations/Edit",
        [RecordTypes.Person] = "/People/Edit",
        [RecordTypes.Framework] = "/Structure/Framework",
        [RecordTypes.Pillar] = "/Structure/Pillar",
        [RecordTypes.CooperationArea] = "/Structure/Area",
        [RecordTypes.Crosswalk] = "/Crosswalk/Edit",
        [RecordTypes.Country] = "/Site/Country",
        [RecordTypes.SitePage] = "/Site/Page",
    };

    public static bool IsEditable(string? recordType) => recordType is not null && Editors.ContainsKey(recordType);

    /// <summary>The page that edits one record of the type (it takes ?id=).</summary>
    public static string EditorOf(string recordType) => Editors[recordType];
}
