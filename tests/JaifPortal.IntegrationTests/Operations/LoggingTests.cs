using System.Net;
using System.Text.Json;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Operations;

/// <summary>What the logs and the audit log say about requests and security events. Each test has its own database.</summary>
public sealed class LoggingTests : PortalPerTest
{
    private const string Forged = "[12:00:00 INF] FORGED";

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task A_line_break_sent_by_a_visitor_never_starts_a_log_line_and_production_writes_json(string environment)
    {
        await using var portal = new PortalProcess(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["ConnectionStrings__Portal"] = Database.ConnectionString,
            ["Database__CreateDevelopmentAdministrator"] = "false",
            ["Portal__PublicBaseUrl"] = "https://portal.example",
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        });
        await portal.StartAsync();
        using var client = portal.CreateClientAsProxy(new Uri("https://portal.example"), new CookieContainer());

        await client.GetAsync($"/en/initiatives/x%0D%0A{Uri.EscapeDataString(Forged)}?q=%0A{Uri.EscapeDataString(Forged)}");
        await portal.PrintedAsync(line => line.Contains("FORGED", StringComparison.Ordinal), "the request is logged");

        portal.Lines.Where(line => line.Contains("FORGED", StringComparison.Ordinal))
            .Should().OnlyContain(
                line => line.Contains(@"x\r\n[", StringComparison.Ordinal) || line.Contains(@"x\\r\\n[", StringComparison.Ordinal),
                "the visitor's line break is written as an escape (itself escaped in JSON)");
        portal.Lines.Should().NotContain(line => line.TrimStart().StartsWith(Forged, StringComparison.Ordinal));
        if (environment == "Production")
        {
            portal.Lines.Where(line => line.Length > 0).Should().OnlyContain(line => IsJsonObject(line), "docs/operations.md promises compact JSON");
        }
    }

    [Fact]
    public async Task A_403_is_logged_and_audited_with_the_account_its_address_the_path_and_the_refusing_policy()
    {
        await BackOffice.CreateUserAsync(Factory, "official@mission.example", PortalRoles.Official);
        await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        await using var db = Database.CreateContext();
        var initiative = await db.Initiatives.Where(i => i.Slug == "azec").Select(i => i.Id).SingleAsync();

        var page = await official.GetAsync("/admin/users?secret=do-not-log");
        var action = await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/edit?id={initiative}&handler=Publish", []);

        page.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
        action.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
        var officialAddress = official.DefaultRequestHeaders.GetValues(TestClientAddress.Header).Single();
        var editorAddress = editor.DefaultRequestHeaders.GetValues(TestClientAddress.Header).Single();
        Factory.Logs.Messages.Should().Contain($"403 GET /admin/users refused to official@mission.example from {officialAddress} by policy ManageUsers")
            .And.Contain($"403 POST /admin/initiatives/edit refused to editor@jmt.example from {editorAddress} by policy ReviewContent")
            .And.NotContain(message => message.Contains("do-not-log", StringComparison.Ordinal) || message.Contains(BackOffice.Password, StringComparison.Ordinal));
        var denials = await db.AuditEntries.Where(e => e.Action == AuditAction.AccessDenied).OrderBy(e => e.Id).ToListAsync();
        denials.Select(e => (e.UserEmail, e.IpAddress, e.Details)).Should().Equal(
            ("official@mission.example", officialAddress, "ManageUsers: GET /admin/users"),
            ("editor@jmt.example", editorAddress, "ReviewContent: POST /admin/initiatives/edit"));
    }

    [Fact]
    public async Task Every_security_event_in_the_audit_log_carries_utc_time_the_account_and_the_client_address()
    {
        var editor = await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        await BackOffice.CreateUserAsync(Factory, "admin@jmt.example", PortalRoles.Administrator);
        var admin = await BackOffice.SignedInClientAsync(Factory, "admin@jmt.example");
        var clumsy = BackOffice.NewClient(Factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await BackOffice.SignInAsync(clumsy, "editor@jmt.example", "not the password at all");
        }

        var edit = $"/admin/users/edit?id={editor.Id}";
        await BackOffice.PostFormAsync(admin, edit, edit + "&handler=Save", new() { ["Input.DisplayName"] = "Editor", ["Input.Roles"] = PortalRoles.Official });
        var official = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        (await official.GetAsync("/admin/users")).Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
        const string newPassword = "a long passphrase about durian and rain";
        await BackOffice.PostFormAsync(official, "/admin/account/password", "/admin/account/password", new()
        {
            ["Input.CurrentPassword"] = BackOffice.Password,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });

        await using var db = Database.CreateContext();
        var entries = await db.AuditEntries.ToListAsync();
        entries.Select(e => e.Action).Distinct().Should().Contain([
            AuditAction.SignInSucceeded, AuditAction.SignInFailed, AuditAction.LockedOut, AuditAction.RolesChanged,
            AuditAction.AccessDenied, AuditAction.PasswordChanged,
        ]);
        entries.Should().OnlyContain(e => e.At.Offset == TimeSpan.Zero && e.UserEmail != null && e.IpAddress != null);
    }

    private static bool IsJsonObject(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
