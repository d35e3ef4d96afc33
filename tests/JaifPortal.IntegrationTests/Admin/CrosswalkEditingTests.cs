using System.Globalization;
using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>The crosswalk editor (/admin/crosswalk): administrators only, one transaction, revisions and audit. Each test has its own database.</summary>
public sealed class CrosswalkEditingTests() : PortalPerTest(StaffAccount.Administrator)
{
    private const string Admin = "admin@jmt.example";

    private async Task<int> AreaIdAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.CooperationAreas.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
    }

    private async Task<(List<AseanCommunity> Communities, List<int> Goals)> MappingAsync(string slug)
    {
        await using var db = Database.CreateContext();
        var area = await db.CooperationAreas.Include(a => a.AseanCommunities).Include(a => a.DevelopmentGoals).SingleAsync(a => a.Slug == slug);
        return ([.. area.AseanCommunities.Select(l => l.Community).Order()], [.. area.DevelopmentGoals.Select(l => l.Goal).Order()]);
    }

    /// <summary>The boxes of the edit form as a browser would send them: ticked checkboxes and the hidden fields.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FormAsync(HttpClient client, string path) =>
        Fields(await HtmlPage.ParseAsync(await client.GetAsync(path)));

    private static List<KeyValuePair<string, string>> Fields(AngleSharp.Dom.IDocument page) =>
        [
            .. page.QuerySelector("form.crosswalk-editor")!.QuerySelectorAll("input[name]")
                .Where(input => input.GetAttribute("type") != "checkbox" || input.HasAttribute("checked"))
                .Where(input => input.GetAttribute("name") != "__RequestVerificationToken")
                .Select(input => KeyValuePair.Create(input.GetAttribute("name")!, input.GetAttribute("value") ?? string.Empty)),
        ];

    private static List<KeyValuePair<string, string>> Choose(List<KeyValuePair<string, string>> fields, string[] communities, int[] goals) =>
    [
        .. fields.Where(field => field.Key is not ("Form.Communities" or "Form.Goals")),
        .. communities.Select(code => KeyValuePair.Create("Form.Communities", code)),
        .. goals.Select(goal => KeyValuePair.Create("Form.Goals", goal.ToString(CultureInfo.InvariantCulture))),
    ];

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int id, List<KeyValuePair<string, string>> fields)
    {
        var token = await BackOffice.AntiforgeryTokenAsync(client, $"/admin/crosswalk/edit?id={id}");
        return await client.PostAsync($"/admin/crosswalk/edit?id={id}&handler=Save",
            new FormUrlEncodedContent([.. fields, KeyValuePair.Create("__RequestVerificationToken", token)]));
    }

    [Fact]
    public async Task The_seeded_crosswalk_maps_all_31_areas_and_the_overview_lists_them()
    {
        await using (var db = Database.CreateContext())
        {
            var areas = await db.CooperationAreas
                .Select(a => new { a.Slug, Communities = a.AseanCommunities.Count, Goals = a.DevelopmentGoals.Count })
                .ToListAsync();
            areas.Should().HaveCount(31).And.OnlyContain(a => a.Communities > 0 && a.Goals > 0);
            (await db.AppliedSeeds.AnyAsync(s => s.Key == ContentSeeder.LoadEmbeddedCrosswalk().Key)).Should().BeTrue();
        }

        (await MappingAsync("disaster-management")).Should().BeEquivalentTo((new[] { AseanCommunity.SocioCultural }, new[] { 11, 13 }));
        (await MappingAsync("energy-and-critical-minerals")).Communities.Should().Equal(AseanCommunity.Economic);
        (await MappingAsync("maritime-security")).Communities.Should().Equal(AseanCommunity.PoliticalSecurity);

        var admin = await BackOffice.SignedInClientAsync(Factory, Admin);
        var overview = await HtmlPage.ParseAsync(await admin.GetAsync("/admin/crosswalk"));
        overview.QuerySelectorAll("table.crosswalk-table a[href^='/admin/crosswalk/edit?id=']").Should().HaveCount(31);
        overview.VisibleText().Should().Contain("editorial judgement");
        var home = await admin.GetStringAsync("/admin");
        home.Should().Contain("href=\"/admin/crosswalk\"");
        (await admin.GetStringAsync("/admin/structure")).Should().Contain("href=\"/admin/crosswalk\"");
    }

    [Fact]
    public async Task An_administrator_changes_an_area_and_it_is_saved_with_a_revision_and_an_audit_entry()
    {
        var admin = await BackOffice.SignedInClientAsync(Factory, Admin);
        var id = await AreaIdAsync("disaster-management");
        var fields = Choose(await FormAsync(admin, $"/admin/crosswalk/edit?id={id}"), ["ASCC", "APSC"], [1, 11, 13]);
        fields.RemoveAll(field => field.Key == "Note");
        fields.Add(KeyValuePair.Create("Note", "Disaster response also concerns security"));

        var response = await SaveAsync(admin, id, fields);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var confirmation = await HtmlPage.ParseAsync(await admin.GetAsync(response.Headers.Location!.OriginalString));
        confirmation.QuerySelector(".notice[role=status]")!.TextContent.Should().Be("Saved.");
        confirmation.QuerySelector("#community-APSC")!.HasAttribute("checked").Should().BeTrue();
        (await MappingAsync("disaster-management")).Should().BeEquivalentTo(
            (new[] { AseanCommunity.PoliticalSecurity, AseanCommunity.SocioCultural }, new[] { 1, 11, 13 }));

        await using var db = Database.CreateContext();
        var revision = await db.Revisions.SingleAsync(r => r.RecordType == "Crosswalk" && r.RecordId == id);
        revision.Kind.Should().Be(RevisionKind.Saved);
        revision.UserEmail.Should().Be(Admin);
        revision.Note.Should().Be("Disaster response also concerns security");
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.CrosswalkChanged);
        audit.UserEmail.Should().Be(Admin);
        audit.RecordKey.Should().Be("disaster-management");
        audit.Details.Should().Be("ASEAN: ASCC → APSC, ASCC; SDGs: 11, 13 → 1, 11, 13");

        var history = await HtmlPage.ParseAsync(await admin.GetAsync($"/admin/history?type=Crosswalk&id={id}"));
        history.QuerySelector("h1")!.TextContent.Should().Be("History: Disaster Management");
        var auditPage = await admin.GetStringAsync("/admin/audit");
        auditPage.Should().Contain("Crosswalk changed");
    }

    [Fact]
    public async Task Clearing_every_box_removes_the_mapping_and_restoring_the_revision_before_brings_it_back()
    {
        var admin = await BackOffice.SignedInClientAsync(Factory, Admin);
        var id = await AreaIdAsync("space");
        var original = await MappingAsync("space");
        (await SaveAsync(admin, id, Choose(await FormAsync(admin, $"/admin/crosswalk/edit?id={id}"), ["AEC"], [9, 13, 17])))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await SaveAsync(admin, id, Choose(await FormAsync(admin, $"/admin/crosswalk/edit?id={id}"), [], [])))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await MappingAsync("space")).Communities.Should().BeEmpty();

        long first;
        string version;
        await using (var db = Database.CreateContext())
        {
            first = await db.Revisions.Where(r => r.RecordType == "Crosswalk" && r.RecordId == id).OrderBy(r => r.Number).Select(r => r.Id).FirstAsync();
            version = (await db.CooperationAreas.SingleAsync(a => a.Id == id)).Version.ToString(CultureInfo.InvariantCulture);
        }

        var restore = await BackOffice.PostFormAsync(admin, $"/admin/history?type=Crosswalk&id={id}", $"/admin/crosswalk/edit?id={id}&handler=Restore",
            new Dictionary<string, string> { ["revision"] = first.ToString(CultureInfo.InvariantCulture), ["Version"] = version });

        restore.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await MappingAsync("space")).Should().BeEquivalentTo((original.Communities, new[] { 9, 13, 17 }));
        await using var check = Database.CreateContext();
        (await check.Revisions.Where(r => r.RecordType == "Crosswalk" && r.RecordId == id).Select(r => r.Kind).ToListAsync())
            .Should().Equal(RevisionKind.Saved, RevisionKind.Saved, RevisionKind.Restored);
        (await check.AuditEntries.CountAsync(e => e.Action == AuditAction.CrosswalkChanged)).Should().Be(3);
    }

    [Theory]
    [InlineData("en", "\"XYZ\" is not one of ASEAN's community pillars", "99 is not a Sustainable Development Goal")]
    [InlineData("ja", "「XYZ」はASEAN共同体の柱", "99は持続可能な開発目標の番号ではありません")]
    public async Task Unknown_pillars_and_goals_are_explained_in_the_administrators_language_and_nothing_is_saved(
        string language, string communityMessage, string goalMessage)
    {
        var admin = BackOffice.NewClient(Factory, language);
        (await BackOffice.SignInAsync(admin, Admin)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await AreaIdAsync("health");
        var before = await MappingAsync("health");

        var response = await SaveAsync(admin, id, Choose(await FormAsync(admin, $"/admin/crosswalk/edit?id={id}"), ["AEC", "XYZ"], [1, 99]));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        page.QuerySelector(".error-summary")!.TextContent.Should().Contain(communityMessage).And.Contain(goalMessage);
        page.QuerySelector("#Form_Goals .field__error")!.TextContent.Should().Contain(goalMessage);
        (await MappingAsync("health")).Should().BeEquivalentTo(before);
        await using var db = Database.CreateContext();
        (await db.Revisions.CountAsync(r => r.RecordType == "Crosswalk")).Should().Be(0);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.CrosswalkChanged)).Should().Be(0);
    }

    [Theory]
    [InlineData("Form.Goals", "thirteen")]
    [InlineData("Version", "not-a-version")]
    [InlineData("Form.Goals", "99999999999999999999")]
    public async Task Values_that_cannot_be_read_are_explained_not_a_server_error(string field, string value)
    {
        var admin = await BackOffice.SignedInClientAsync(Factory, Admin);
        var id = await AreaIdAsync("health");
        var fields = await FormAsync(admin, $"/admin/crosswalk/edit?id={id}");
        fields.RemoveAll(f => f.Key == field);
        fields.Add(KeyValuePair.Create(field, value));

        var response = await SaveAsync(admin, id, fields);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(response)).QuerySelector(".error-summary").Should().NotBeNull();
        await using var db = Database.CreateContext();
        (await db.Revisions.CountAsync(r => r.RecordType == "Crosswalk")).Should().Be(0);
    }

    [Theory]
    [InlineData("/admin/crosswalk/edit?id=999999")]
    [InlineData("/admin/crosswalk/edit?id=abc")]
    [InlineData("/admin/crosswalk/edit")]
    public async Task An_unknown_area_is_not_found(string path)
    {
        var admin = await BackOffice.SignedInClientAsync(Factory, Admin);

        (await admin.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_save_from_a_page_opened_before_another_change_is_refused_with_a_conflict_and_nothing_is_lost()
    {
        var admin = await BackOffice.SignedInClientAsync(Factory, Admin);
        var id = await AreaIdAsync("tourism");
        var stale = await FormAsync(admin, $"/admin/crosswalk/edit?id={id}");
        (await SaveAsync(admin, id, Choose(stale, ["AEC", "ASCC"], [8, 12]))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var conflict = await SaveAsync(admin, id, Choose(stale, ["AEC"], [8, 12, 14]));

        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var page = await HtmlPage.ParseAsync(conflict);
        page.QuerySelector(".conflict h2")!.TextContent.Should().Be("Someone else saved this record while you were editing");
        page.QuerySelector(".conflict table")!.TextContent.Should().Contain("aseanCommunities.ASCC").And.Contain("goals.14");
        page.QuerySelector("#goal-14")!.HasAttribute("checked").Should().BeTrue("the administrator's choice stays in the form");
        (await MappingAsync("tourism")).Should().BeEquivalentTo((new[] { AseanCommunity.Economic, AseanCommunity.SocioCultural }, new[] { 8, 12 }));
        await using var db = Database.CreateContext();
        (await db.Revisions.CountAsync(r => r.RecordType == "Crosswalk")).Should().Be(1);

        // Saving again from the conflict page, which carries the current version, keeps the administrator's choice.
        var again = await SaveAsync(admin, id, Choose(Fields(page), ["AEC"], [8, 12, 14]));
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await MappingAsync("tourism")).Goals.Should().Equal(8, 12, 14);
    }

    [Theory]
    [InlineData(PortalRoles.Editor)]
    [InlineData(PortalRoles.Reviewer)]
    [InlineData(PortalRoles.Official)]
    public async Task Other_roles_can_neither_open_nor_save_the_crosswalk(string role)
    {
        var email = $"{role.ToLowerInvariant()}@jmt.example";
        await BackOffice.CreateUserAsync(Factory, email, role);
        var client = await BackOffice.SignedInClientAsync(Factory, email);
        var id = await AreaIdAsync("health");
        var token = await BackOffice.AntiforgeryTokenAsync(client, "/admin");

        var list = await client.GetAsync("/admin/crosswalk");
        var save = await client.PostAsync($"/admin/crosswalk/edit?id={id}&handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Communities"] = "APSC",
            ["__RequestVerificationToken"] = token,
        }));

        list.StatusCode.Should().Be(HttpStatusCode.Redirect);
        list.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied?ReturnUrl=");
        save.StatusCode.Should().Be(HttpStatusCode.Redirect);
        save.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied?ReturnUrl=");
        (await client.GetAsync(save.Headers.Location)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await MappingAsync("health")).Communities.Should().Equal(AseanCommunity.SocioCultural);
        (await client.GetStringAsync("/admin")).Should().NotContain("/admin/crosswalk");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_a_save_without_the_antiforgery_token_is_refused()
    {
        var anonymous = BackOffice.NewClient(Factory);
        var page = await anonymous.GetAsync("/admin/crosswalk");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.Should().Contain("/admin/sign-in?ReturnUrl=%2Fadmin%2Fcrosswalk");

        var admin = await BackOffice.SignedInClientAsync(Factory, Admin);
        var id = await AreaIdAsync("health");
        var fields = Choose(await FormAsync(admin, $"/admin/crosswalk/edit?id={id}"), ["APSC"], [16]);
        var forged = await admin.PostAsync($"/admin/crosswalk/edit?id={id}&handler=Save", new FormUrlEncodedContent(fields));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await MappingAsync("health")).Communities.Should().Equal(AseanCommunity.SocioCultural);
    }

    [Fact]
    public async Task The_crosswalk_seed_reaches_a_database_seeded_before_it_once_and_never_overwrites_an_administrators_change()
    {
        // A database from before the crosswalk: its content is seeded, the crosswalk is not.
        await using (var db = Database.CreateContext())
        {
            await db.Set<AreaAseanCommunity>().ExecuteDeleteAsync();
            await db.Set<AreaDevelopmentGoal>().ExecuteDeleteAsync();
            await db.AppliedSeeds.Where(s => s.Key == ContentSeeder.LoadEmbeddedCrosswalk().Key).ExecuteDeleteAsync();
            (await new ContentSeeder(db, TimeProvider.System, NullLogger<ContentSeeder>.Instance)
                .SeedAsync(ContentSeeder.LoadEmbeddedCrosswalk(), CancellationToken.None)).Should().BeTrue();
        }

        (await MappingAsync("disaster-management")).Goals.Should().Equal(11, 13);
        var admin = await BackOffice.SignedInClientAsync(Factory, Admin);
        var id = await AreaIdAsync("disaster-management");
        (await SaveAsync(admin, id, Choose(await FormAsync(admin, $"/admin/crosswalk/edit?id={id}"), ["ASCC"], [13])))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using (var db = Database.CreateContext())
        {
            var seeder = new ContentSeeder(db, TimeProvider.System, NullLogger<ContentSeeder>.Instance);
            (await seeder.SeedAsync(ContentSeeder.LoadEmbeddedCrosswalk(), CancellationToken.None)).Should().BeFalse();
            await seeder.SeedEmbeddedAsync(CancellationToken.None);
        }

        (await MappingAsync("disaster-management")).Goals.Should().Equal(13);
    }
}
