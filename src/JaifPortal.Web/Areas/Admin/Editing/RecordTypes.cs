namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>The record types the back office edits, by the name revisions and the audit log give them.</summary>
public static class RecordTypes
{
    public const string Initiative = "Initiative";
    public const string Event = "Event";
    public const string Organisation = "Organisation";
    public const string Person = "Person";

    private static readonly Dictionary<string, string> AdminPaths = new(StringComparer.Ordinal)
    {
        [Initiative] = "/admin/initiatives",
        [Event] = "/admin/events",
        [Organisation] = "/admin/organisations",
        [Person] = "/admin/people",
    };

    public static bool IsKnown(string? recordType) => recordType is not null && AdminPaths.ContainsKey(recordType);

    public static string AdminPathOf(string recordType) => AdminPaths[recordType];
}
