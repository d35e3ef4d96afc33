using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>
/// A record's history as editors read it: fields by their labels, choices by their names, people by name and times by the
/// editor's own clock (Jakarta unless they chose another). The portal's clock stands at 10:02 in Jakarta.
/// </summary>
public sealed class HistoryTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.SecondEditor)
{
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 7, 10, 2, 0, TimeSpan.FromHours(7)));

    protected override PortalFactory CreateFactory(string connectionString) =>
        new(connectionString, services: services => services.AddSingleton<TimeProvider>(_clock));

    private static string EditPage(int id) => $"/admin/initiatives/edit?id={id}";

    private async Task<int> AnOngoingInitiativeAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Initiatives.Where(i => i.Status == InitiativeStatus.Ongoing).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    }

    private async Task NameAsync(string email, string displayName)
    {
        await using var db = Database.CreateContext();
        await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, displayName));
    }

    /// <summary>Saves the initiative's form as it is now with the changes given.</summary>
    private static async Task SaveAsync(HttpClient client, int id, Dictionary<string, string> changes)
    {
        var fields = await EditForm.ReadAsync(client, EditPage(id));
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        await PostSaveAsync(client, id, fields);
    }

    private static async Task PostSaveAsync(HttpClient client, int id, Dictionary<string, string> fields) =>
        (await BackOffice.PostFormAsync(client, EditPage(id), $"{EditPage(id)}&handler=Save", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);

    /// <summary>The history comparing the record's last two revisions.</summary>
    private async Task<AngleSharp.Dom.IDocument> LastTwoAsync(HttpClient client, int id)
    {
        var revisions = await RevisionsAsync(id);
        return await client.GetPageAsync($"/admin/history?type=Initiative&id={id}&a={revisions[^2]}&b={revisions[^1]}");
    }

    private async Task<List<long>> RevisionsAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Revisions.Where(r => r.RecordType == RecordTypes.Initiative && r.RecordId == id).OrderBy(r => r.Number).Select(r => r.Id).ToListAsync();
    }

    [Fact]
    public async Task Fields_read_by_their_labels_choices_by_their_names_people_by_name_and_times_by_the_editors_clock()
    {
        await NameAsync("editor@jmt.example", "Aiko Tanaka");
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AnOngoingInitiativeAsync();
        await SaveAsync(editor, id, new() { ["Form.Texts[en].Summary"] = "A summary written for the history.", ["Form.Status"] = "Completed" });

        var history = await LastTwoAsync(editor, id);

        var rows = history.QuerySelectorAll("table.diff tbody tr").ToList();
        rows.Select(row => row.QuerySelector("th")!.TextContent).Should().Equal("Status", "Summary (English)");
        rows[0].QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).Should().Equal("Ongoing", "Completed");
        var latest = history.QuerySelector("form.history tbody tr")!;
        latest.TextContent.Should().Contain("Aiko Tanaka").And.Contain("7 December 2026, 10:02").And.NotContain("editor@jmt.example");
        history.QuerySelector("form.history thead")!.TextContent.Should().Contain("When (Jakarta time)");

        var japanese = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example", "ja");
        (await LastTwoAsync(japanese, id)).QuerySelectorAll("table.diff tbody tr th").Select(th => th.TextContent).Should().Equal("状況", "英語の概要");
    }

    [Fact]
    public async Task The_heading_names_the_record_in_the_editors_language_else_in_its_original_language_not_by_its_address()
    {
        int id;
        string slug;
        await using (var db = Database.CreateContext())
        {
            var initiative = await db.Initiatives
                .Where(i => i.Translations.Any(t => t.Language == "ja") && i.Translations.Any(t => t.Language == "en"))
                .OrderBy(i => i.Id).Select(i => new { i.Id, i.Slug }).FirstAsync();
            (id, slug) = (initiative.Id, initiative.Slug);
            await db.Initiatives.Where(i => i.Id == id).ExecuteUpdateAsync(i => i.SetProperty(x => x.OriginalLanguage, "en"));
            await db.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id && t.Language == "en").ExecuteUpdateAsync(t => t.SetProperty(x => x.Name, "Youth exchange for the history"));
            await db.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id && t.Language == "ja").ExecuteUpdateAsync(t => t.SetProperty(x => x.Name, "履歴のための青少年交流"));
        }

        var page = $"/admin/history?type=Initiative&id={id}";
        var english = await (await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example")).GetPageAsync(page);
        english.QuerySelector("h1")!.TextContent.Should().Be("History: Youth exchange for the history");
        english.Title.Should().StartWith("History: Youth exchange for the history");

        var japaneseClient = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example", "ja");
        var japanese = await japaneseClient.GetPageAsync(page);
        japanese.QuerySelector("h1")!.TextContent.Should().Be("履歴：履歴のための青少年交流").And.NotContain(slug);
        japanese.QuerySelector("h1 span")!.GetAttribute("lang").Should().Be("ja");

        // No Japanese name: the original language's, marked as English.
        await using (var db = Database.CreateContext())
        {
            await db.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id && t.Language == "ja").ExecuteUpdateAsync(t => t.SetProperty(x => x.Name, " "));
        }

        var fallback = await japaneseClient.GetPageAsync(page);
        fallback.QuerySelector("h1")!.TextContent.Should().Be("履歴：Youth exchange for the history");
        fallback.QuerySelector("h1 span")!.GetAttribute("lang").Should().Be("en");
    }

    [Fact]
    public async Task A_record_never_saved_in_the_back_office_says_so_instead_of_offering_an_empty_comparison_and_restore()
    {
        var id = await AnOngoingInitiativeAsync();
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var page = $"/admin/history?type=Initiative&id={id}";

        var unsaved = await editor.GetPageAsync(page);
        unsaved.QuerySelectorAll("p").Select(p => p.TextContent).Should().Contain("No revisions yet: this record has not been saved in the back office since it was loaded.");
        unsaved.QuerySelector("form.history").Should().BeNull("there is nothing to compare");
        unsaved.QuerySelectorAll("form button").Select(b => b.TextContent).Should().NotContain("Restore this revision");

        await SaveAsync(editor, id, new() { ["Form.Texts[en].Summary"] = "Saved once" });
        var once = await editor.GetPageAsync(page);
        once.QuerySelectorAll("form.history tbody tr").Should().NotBeEmpty();
        once.QuerySelectorAll("form button").Select(b => b.TextContent).Should().Contain("Restore this revision");
    }

    [Fact]
    public async Task An_editor_who_chose_japan_time_on_their_account_reads_the_history_by_it()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AnOngoingInitiativeAsync();
        await SaveAsync(editor, id, new() { ["Form.Texts[en].Summary"] = "A summary written for the history." });

        (await BackOffice.PostFormAsync(editor, "/admin/account/settings", "/admin/account/settings", new() { ["TimeZone"] = "Asia/Tokyo" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var history = await LastTwoAsync(editor, id);

        history.QuerySelector("form.history tbody tr")!.TextContent.Should().Contain("7 December 2026, 12:02");
        history.QuerySelector("form.history thead")!.TextContent.Should().Contain("When (Japan time)");
        (await editor.GetPageAsync("/admin/account/settings")).QuerySelector("select#TimeZone option[selected]")!.GetAttribute("value").Should().Be("Asia/Tokyo");
    }

    [Fact]
    public async Task A_time_zone_the_account_page_does_not_offer_is_refused_and_changes_nothing()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        var refused = await BackOffice.PostFormAsync(editor, "/admin/account/settings", "/admin/account/settings", new() { ["TimeZone"] = "Mars/Olympus_Mons" });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var db = Database.CreateContext();
        (await db.Users.SingleAsync(u => u.Email == "editor@jmt.example")).TimeZone.Should().Be("Asia/Jakarta");
    }

    [Fact]
    public async Task Differences_are_marked_word_by_word_within_a_field_with_its_line_breaks_and_as_text()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AnOngoingInitiativeAsync();
        await SaveAsync(editor, id, new() { ["Form.Texts[en].Description"] = "Surveys in three countries.\nTraining for <b>divers</b>." });
        await SaveAsync(editor, id, new() { ["Form.Texts[en].Description"] = "Surveys in four countries.\nTraining for <b>divers</b>." });

        var row = (await LastTwoAsync(editor, id)).QuerySelector("table.diff tbody tr")!;

        row.QuerySelector("th")!.TextContent.Should().Be("Description (English)");
        var before = row.QuerySelector("td.diff__before")!;
        var after = row.QuerySelector("td.diff__after")!;
        before.QuerySelectorAll("del").Select(word => word.TextContent).Should().Equal("three");
        after.QuerySelectorAll("ins").Select(word => word.TextContent).Should().Equal("four");
        after.QuerySelectorAll(".diff__line").Select(line => line.TextContent).Should().Equal("Surveys in four countries.", "Training for <b>divers</b>.");
        after.QuerySelector("b").Should().BeNull("what an editor typed is shown as text, never as markup");
    }

    [Fact]
    public async Task Choosing_the_same_areas_in_another_order_is_no_change_and_no_new_revision()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AnOngoingInitiativeAsync();
        string[] areas;
        await using (var db = Database.CreateContext())
        {
            areas = await db.CooperationAreas.OrderBy(a => a.Id).Select(a => a.Slug).Take(2).ToArrayAsync();
        }

        await PostSaveAsync(editor, id, Areas(await EditForm.ReadAsync(editor, EditPage(id)), areas[0], areas[1]));
        var revisions = await RevisionsAsync(id);

        await PostSaveAsync(editor, id, Areas(await EditForm.ReadAsync(editor, EditPage(id)), areas[1], areas[0]));

        (await RevisionsAsync(id)).Should().Equal(revisions);
    }

    /// <summary>The form's areas replaced by those given, in that order, with nothing else changed.</summary>
    private static Dictionary<string, string> Areas(Dictionary<string, string> form, params string[] slugs)
    {
        foreach (var key in form.Keys.Where(key => key.StartsWith("Form.AreaSlugs[", StringComparison.Ordinal)).ToList())
        {
            form.Remove(key);
        }

        for (var i = 0; i < slugs.Length; i++)
        {
            form[$"Form.AreaSlugs[{i}]"] = slugs[i];
        }

        return form;
    }
}
