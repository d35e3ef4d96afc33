using JaifPortal.Web.Domain;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>A back-office account a test portal starts with, signed in with <see cref="BackOffice.Password"/>.</summary>
public sealed record StaffAccount(string Email, params string[] Roles)
{
    public static readonly StaffAccount Editor = new("editor@jmt.example", PortalRoles.Editor);
    public static readonly StaffAccount SecondEditor = new("second-editor@jmt.example", PortalRoles.Editor);
    public static readonly StaffAccount Reviewer = new("reviewer@jmt.example", PortalRoles.Reviewer);
    public static readonly StaffAccount Official = new("official@mission.example", PortalRoles.Official);
    public static readonly StaffAccount Administrator = new("admin@jmt.example", PortalRoles.Administrator);
}
