namespace JaifPortal.Web.Domain;

/// <summary>The back office's roles. Anonymous visitors have none and see published content only.</summary>
public static class PortalRoles
{
    /// <summary>Users, roles and everything else.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Writes and edits content.</summary>
    public const string Editor = "Editor";

    /// <summary>Approves publication; may be combined with Editor.</summary>
    public const string Reviewer = "Reviewer";

    /// <summary>Mission of Japan staff: reads dashboards and internal fields, edits nothing.</summary>
    public const string Official = "Official";

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Reviewer, Official];
}

/// <summary>Authorization policies, each a set of roles, checked on the server for every admin page and handler.</summary>
public static class PortalPolicies
{
    /// <summary>Any back-office role: may open /admin.</summary>
    public const string BackOffice = "BackOffice";

    public const string EditContent = "EditContent";

    public const string ReviewContent = "ReviewContent";

    public const string ManageUsers = "ManageUsers";

    /// <summary>Any back-office role: may open the pillar dashboards under /{lang}/dashboards.</summary>
    public const string ViewDashboards = "ViewDashboards";
}
