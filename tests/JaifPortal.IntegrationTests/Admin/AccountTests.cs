using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>Accounts, roles and sessions of the back office. Each test has its own database.</summary>
public sealed class AccountTests : PortalPerTest
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/account/password")]
    public async Task A_visitor_cannot_reach_the_back_office_and_is_sent_to_sign_in(string path)
    {
        var response = await BackOffice.NewClient(Factory).GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().StartWith("/admin/sign-in?ReturnUrl=");
    }

    [Fact]
    public async Task An_editor_signs_in_and_out_and_both_are_audited()
    {
        await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        var client = BackOffice.NewClient(Factory);

        var signIn = await BackOffice.SignInAsync(client, "editor@jmt.example");
        signIn.Headers.Location!.OriginalString.Should().Be("/admin");
        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.OK);

        var signOut = await BackOffice.PostFormAsync(client, "/admin", "/admin/sign-out", []);
        signOut.Headers.Location!.OriginalString.Should().Be("/admin/sign-in");
        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await AuditAsync()).Select(e => (e.Action, e.UserEmail)).Should().Equal(
            (AuditAction.SignInSucceeded, "editor@jmt.example"),
            (AuditAction.SignedOut, "editor@jmt.example"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_even_for_a_copied_cookie()
    {
        await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        var first = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var second = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        await BackOffice.PostFormAsync(first, "/admin", "/admin/sign-out", []);

        (await second.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the account's other session ended too");
    }

    [Fact]
    public async Task A_sign_in_for_an_unknown_address_gets_the_same_answer_and_is_audited()
    {
        var response = await BackOffice.SignInAsync(BackOffice.NewClient(Factory), "nobody@nowhere.example");

        (await response.Content.ReadAsStringAsync()).Should().Contain("The e-mail address or password is not correct");
        (await AuditAsync()).Should().ContainSingle(e => e.Action == AuditAction.SignInFailed && e.UserEmail == "nobody@nowhere.example");
    }

    [Fact]
    public async Task Empty_sign_in_fields_are_explained_in_the_editors_language()
    {
        var client = BackOffice.NewClient(Factory, "ja");

        var response = await BackOffice.PostFormAsync(client, "/admin/sign-in", "/admin/sign-in", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        var page = await HtmlPage.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.DocumentElement.GetAttribute("lang").Should().Be("ja");
        page.QuerySelectorAll(".field__error").Select(e => e.TextContent).Should().Equal("この項目を入力してください。", "この項目を入力してください。");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_does_nothing()
    {
        await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        var client = BackOffice.NewClient(Factory);

        var response = await client.PostAsync("/admin/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "editor@jmt.example",
            ["Input.Password"] = BackOffice.Password,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AuditAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task An_official_may_open_the_back_office_but_not_manage_users()
    {
        await BackOffice.CreateUserAsync(Factory, "official@mission.example", PortalRoles.Official);
        var client = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");

        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.OK);
        var users = await client.GetAsync("/admin/users");
        users.Headers.Location!.OriginalString.Should().StartWith("/admin/access-denied");
        var token = await BackOffice.AntiforgeryTokenAsync(client, "/admin");
        var post = await client.PostAsync("/admin/users/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "intruder@example.org",
            ["Input.DisplayName"] = "Intruder",
            ["Input.Roles"] = PortalRoles.Administrator,
            ["__RequestVerificationToken"] = token,
        }));
        post.StatusCode.Should().Be(HttpStatusCode.Redirect);
        post.Headers.Location!.OriginalString.Should().StartWith("/admin/access-denied");
        await using var db = Database.CreateContext();
        (await db.Users.AnyAsync(u => u.Email == "intruder@example.org")).Should().BeFalse();
    }

    [Fact]
    public async Task An_account_without_a_role_is_refused()
    {
        await BackOffice.CreateUserAsync(Factory, "norole@jmt.example");
        var client = await BackOffice.SignedInClientAsync(Factory, "norole@jmt.example");

        var response = await client.GetAsync("/admin");

        response.Headers.Location!.OriginalString.Should().StartWith("/admin/access-denied");
        var denied = await client.GetAsync("/admin/access-denied");
        denied.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("short", "Passwords must be at least 12 characters long.")]
    [InlineData("password1234", "This password is too common")]
    [InlineData("iloveyou1234", "This password is too common")]
    [InlineData("editor-jmt-secret", "This password is too common or too close to the account's name")]
    public async Task Weak_new_passwords_are_refused_with_a_reason(string weak, string reason)
    {
        await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        var client = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        var response = await BackOffice.PostFormAsync(client, "/admin/account/password", "/admin/account/password", new()
        {
            ["Input.CurrentPassword"] = BackOffice.Password,
            ["Input.NewPassword"] = weak,
            ["Input.ConfirmPassword"] = weak,
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(response)).QuerySelector(".field__error")!.TextContent.Should().Contain(reason);
        (await BackOffice.SignInAsync(BackOffice.NewClient(Factory), "editor@jmt.example")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the old password still works");
    }

    [Fact]
    public async Task Changing_the_password_ends_every_session_and_the_new_one_works()
    {
        const string newPassword = "a long passphrase about durian and rain";
        await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        var here = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var elsewhere = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        var response = await BackOffice.PostFormAsync(here, "/admin/account/password", "/admin/account/password", new()
        {
            ["Input.CurrentPassword"] = BackOffice.Password,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });

        response.Headers.Location!.OriginalString.Should().Be("/admin/sign-in?changed=true");
        (await here.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await elsewhere.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await BackOffice.SignInAsync(BackOffice.NewClient(Factory), "editor@jmt.example")).StatusCode.Should().Be(HttpStatusCode.OK, "the old password is refused");
        (await BackOffice.SignInAsync(BackOffice.NewClient(Factory), "editor@jmt.example", newPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AuditAsync()).Should().Contain(e => e.Action == AuditAction.PasswordChanged);
    }

    [Fact]
    public async Task Passwords_are_stored_as_pbkdf2_hashes_with_at_least_210000_iterations()
    {
        var user = await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);

        await using var db = Database.CreateContext();
        var hash = Convert.FromBase64String((await db.Users.SingleAsync(u => u.Id == user.Id)).PasswordHash!);

        hash[0].Should().Be(0x01, "Identity's V3 format: PBKDF2 with a per-password salt");
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)).Should().BeGreaterThanOrEqualTo(210_000);
    }

    [Fact]
    public async Task An_administrator_creates_an_account_whose_one_time_password_works_and_changes_its_roles()
    {
        await BackOffice.CreateUserAsync(Factory, "admin@jmt.example", PortalRoles.Administrator);
        var admin = await BackOffice.SignedInClientAsync(Factory, "admin@jmt.example");

        var created = await BackOffice.PostFormAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["Input.Email"] = "reviewer@jmt.example",
            ["Input.DisplayName"] = "Reviewer 一郎 🌏",
            ["Input.Roles"] = PortalRoles.Reviewer,
        });
        var page = await HtmlPage.ParseAsync(created);
        var password = System.Text.RegularExpressions.Regex.Match(page.QuerySelector(".notice")!.TextContent, "shown only now: ([A-Za-z0-9]{24})").Groups[1].Value;

        (await BackOffice.SignInAsync(BackOffice.NewClient(Factory), "reviewer@jmt.example", password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using (var db = Database.CreateContext())
        {
            var id = (await db.Users.SingleAsync(u => u.Email == "reviewer@jmt.example")).Id;
            var edit = $"/admin/users/edit?id={id}";
            var saved = await BackOffice.PostFormAsync(admin, edit, $"/admin/users/edit?id={id}&handler=Save", new()
            {
                ["Input.DisplayName"] = "Reviewer 一郎 🌏",
                ["Input.Roles"] = PortalRoles.Editor,
            });
            saved.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await using var check = Database.CreateContext();
        var roles = await check.UserRoles.Join(check.Roles, link => link.RoleId, role => role.Id, (link, role) => new { link.UserId, role.Name })
            .Join(check.Users, x => x.UserId, u => u.Id, (x, u) => new { u.Email, x.Name })
            .Where(x => x.Email == "reviewer@jmt.example").Select(x => x.Name).ToListAsync();
        roles.Should().Equal(PortalRoles.Editor);
        (await check.Users.SingleAsync(u => u.Email == "reviewer@jmt.example")).DisplayName.Should().Be("Reviewer 一郎 🌏");
        (await AuditAsync()).Select(e => e.Action).Should().Contain([AuditAction.UserCreated, AuditAction.RolesChanged]);
    }

    [Fact]
    public async Task A_duplicate_or_malformed_address_is_explained_and_nothing_is_created()
    {
        await BackOffice.CreateUserAsync(Factory, "admin@jmt.example", PortalRoles.Administrator);
        var admin = await BackOffice.SignedInClientAsync(Factory, "admin@jmt.example");

        var duplicate = await BackOffice.PostFormAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["Input.Email"] = "admin@jmt.example",
            ["Input.DisplayName"] = "Again",
        });
        var malformed = await BackOffice.PostFormAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["Input.Email"] = "<script>alert(1)</script>",
            ["Input.DisplayName"] = new string('x', 500),
        });

        (await duplicate.Content.ReadAsStringAsync()).Should().Contain("already exists");
        var page = await HtmlPage.ParseAsync(malformed);
        page.QuerySelectorAll(".field__error").Select(e => e.TextContent).Should().Contain([
            "Please enter an e-mail address such as name@example.org.",
            "Please use at most 200 characters.",
        ]);
        (await malformed.Content.ReadAsStringAsync()).Should().NotContain("<script>alert(1)</script>");
        await using var db = Database.CreateContext();
        (await db.Users.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task An_administrator_cannot_lock_out_or_demote_themself()
    {
        var admin = await BackOffice.CreateUserAsync(Factory, "admin@jmt.example", PortalRoles.Administrator);
        var client = await BackOffice.SignedInClientAsync(Factory, "admin@jmt.example");
        var edit = $"/admin/users/edit?id={admin.Id}";

        var demote = await BackOffice.PostFormAsync(client, edit, edit + "&handler=Save", new() { ["Input.DisplayName"] = "Admin", ["Input.Roles"] = PortalRoles.Editor });
        var lockSelf = await BackOffice.PostFormAsync(client, edit, edit + "&handler=Lock", []);

        (await demote.Content.ReadAsStringAsync()).Should().Contain("You cannot remove your own Administrator role");
        (await lockSelf.Content.ReadAsStringAsync()).Should().Contain("You cannot remove your own Administrator role or lock your own account.");
        (await client.GetAsync("/admin/users")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_audit_log_filters_by_person_and_date()
    {
        await BackOffice.CreateUserAsync(Factory, "admin@jmt.example", PortalRoles.Administrator);
        await BackOffice.CreateUserAsync(Factory, "editor@jmt.example", PortalRoles.Editor);
        await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var admin = await BackOffice.SignedInClientAsync(Factory, "admin@jmt.example");

        var editorOnly = await HtmlPage.ParseAsync(await admin.GetAsync("/admin/audit?person=editor%40jmt"));
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var future = await HtmlPage.ParseAsync(await admin.GetAsync($"/admin/audit?from={tomorrow}"));
        var junk = await admin.GetAsync("/admin/audit?from=not-a-date&page=-4&person=%27%20OR%201%3D1");

        editorOnly.QuerySelectorAll("tbody tr").Should().ContainSingle().Which.TextContent.Should().Contain("editor@jmt.example");
        future.QuerySelectorAll("tbody tr").Should().BeEmpty();
        junk.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_create_admin_command_prints_a_password_once_that_signs_in()
    {
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [web, "create-admin", "--email", "first-admin@jmt.example", "--name", "First Admin"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(web)!,
        };
        start.Environment["ConnectionStrings__Portal"] = Database.ConnectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync());
        var password = output.Trim().Split('\n').Last().Trim();
        (await BackOffice.SignInAsync(BackOffice.NewClient(Factory), "first-admin@jmt.example", password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var admin = BackOffice.NewClient(Factory);
        await BackOffice.SignInAsync(admin, "first-admin@jmt.example", password);
        (await admin.GetAsync("/admin/users")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
