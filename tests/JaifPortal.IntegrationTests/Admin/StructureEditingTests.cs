using System.Globalization;
using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>The framework, pillars and cooperation areas: always public, a save goes live at once with a revision. Each test has its own database.</summary>
public sealed class StructureEditingTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.Official)
{
    private async Task<int> AreaIdAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.CooperationAreas.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
    }

    private async Task<string?> AreaTextAsync(string slug, string language)
    {
        await using var db = Database.CreateContext();
        return await db.CooperationAreas.Where(a => a.Slug == slug)
            .SelectMany(a => a.Translations).Where(t => t.Language == language).Select(t => t.Name + "|" + t.Summary).SingleOrDefaultAsync();
    }

    /// <summary>The fields of the edit form as a browser would send them.</summary>
    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string path)
    {
        var page = await HtmlPage.ParseAsync(await client.GetAsync(path));
        var form = page.QuerySelector("form.editor")!;
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            fields[name] = element.LocalName switch
            {
                "textarea" => element.TextContent,
                "select" => element.QuerySelector("option[selected]")?.GetAttribute("value") ?? element.QuerySelector("option")!.GetAttribute("value")!,
                _ => element.GetAttribute("value") ?? string.Empty,
            };
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string path, Dictionary<string, string> fields) =>
        BackOffice.PostFormAsync(client, "/admin", path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Save", fields);

    [Fact]
    public async Task An_editor_changes_an_area_summary_and_the_public_page_shows_it_at_once_with_a_revision()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AreaIdAsync("space");
        var path = $"/admin/structure/area?id={id}";
        var fields = await FormAsync(editor, path);
        fields["Form.Texts[en].Summary"] = "Satellites, launch services and **space** law.";
        fields["Note"] = "Summary rewritten";

        var response = await SaveAsync(editor, path, fields);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var confirmation = await HtmlPage.ParseAsync(await editor.GetAsync(response.Headers.Location!.OriginalString));
        confirmation.QuerySelector(".notice[role=status]")!.TextContent.Should().Be("Saved.");
        var publicPage = await Factory.CreateClient().GetStringAsync("/en/areas/space");
        publicPage.Should().Contain("Satellites, launch services and <strong>space</strong> law.");
        await using var db = Database.CreateContext();
        var revision = await db.Revisions.SingleAsync(r => r.RecordType == "CooperationArea" && r.RecordId == id);
        revision.Kind.Should().Be(RevisionKind.Saved);
        revision.Note.Should().Be("Summary rewritten");
        revision.UserEmail.Should().Be("editor@jmt.example");
        revision.Snapshot.Should().Contain("Satellites, launch services");
        // Editing one language keeps the other.
        (await db.CooperationAreas.Include(a => a.Translations).SingleAsync(a => a.Id == id))
            .Translations.Select(t => t.Language).Should().BeEquivalentTo(["en", "ja"]);
    }

    [Fact]
    public async Task The_heading_and_the_tab_name_the_area_in_the_editors_language_and_the_address_line_keeps_japanese_brackets()
    {
        var path = $"/admin/structure/area?id={await AreaIdAsync("space")}";
        var english = await (await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example")).GetPageAsync(path);
        english.QuerySelector("h1")!.TextContent.Should().Be("Edit cooperation area (Pillar 2): Space");
        english.Title.Should().StartWith("Edit cooperation area (Pillar 2): Space");

        var japaneseClient = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example", "ja");
        var japanese = await japaneseClient.GetPageAsync(path);
        japanese.QuerySelector("h1")!.TextContent.Should().Be("協力分野の編集（第2の柱）：宇宙");
        japanese.QuerySelector("h1 span")!.GetAttribute("lang").Should().Be("ja");
        japanese.QuerySelector(".status-line")!.TextContent.Should().Contain("space（この項目のアドレスは変更できません）");
    }

    [Fact]
    public async Task The_framework_vision_text_edit_shows_on_the_home_page()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var fields = await FormAsync(editor, "/admin/structure/framework");
        fields["Form.Texts[en].VisionText"] = "A new wording of the shared vision.";
        await using (var db = Database.CreateContext())
        {
            fields.Should().ContainKey("Version").WhoseValue.Should().Be(
                (await db.Frameworks.SingleAsync()).Version.ToString(CultureInfo.InvariantCulture));
        }

        var response = await SaveAsync(editor, "/admin/structure/framework", fields);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var home = await HtmlPage.ParseAsync(await Factory.CreateClient().GetAsync("/en"));
        home.QuerySelector("blockquote.vision")!.TextContent.Should().Be("A new wording of the shared vision.");
        await using var check = Database.CreateContext();
        (await check.Revisions.CountAsync(r => r.RecordType == "Framework")).Should().Be(1);
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_a_conflict_and_nothing_is_lost()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AreaIdAsync("space");
        var path = $"/admin/structure/area?id={id}";
        var fields = await FormAsync(editor, path);
        fields["Form.Texts[en].Summary"] = "First editor's summary.";
        (await SaveAsync(editor, path, fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        fields["Form.Texts[en].Summary"] = "Second save from the old page.";
        var conflict = await SaveAsync(editor, path, fields);

        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var page = await HtmlPage.ParseAsync(conflict);
        page.QuerySelector(".conflict")!.TextContent.Should().Contain("First editor's summary.").And.Contain("Second save from the old page.");
        page.QuerySelector("textarea[name='Form.Texts[en].Summary']")!.TextContent.Should().Be("Second save from the old page.");
        (await AreaTextAsync("space", "en")).Should().Be("Space|First editor's summary.");
        await using var db = Database.CreateContext();
        (await db.Revisions.CountAsync(r => r.RecordType == "CooperationArea" && r.RecordId == id)).Should().Be(1);
    }

    [Fact]
    public async Task An_official_may_read_but_saving_is_refused_on_the_server()
    {
        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");
        var id = await AreaIdAsync("space");
        var path = $"/admin/structure/area?id={id}";
        var before = await AreaTextAsync("space", "en");
        var page = await HtmlPage.ParseAsync(await official.GetAsync(path));
        page.QuerySelector("fieldset.editor__body")!.HasAttribute("disabled").Should().BeTrue();
        page.QuerySelectorAll("button[type=submit]").Where(b => b.Closest("form.editor") is not null).Should().BeEmpty();
        var fields = await FormAsync(official, path);
        fields["Form.Texts[en].Summary"] = "An official's change.";

        var response = await SaveAsync(official, path, fields);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
        (await AreaTextAsync("space", "en")).Should().Be(before);
        await using var db = Database.CreateContext();
        (await db.Revisions.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task An_empty_original_name_and_a_too_long_name_are_explained_next_to_the_fields_and_nothing_is_saved()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AreaIdAsync("space");
        var path = $"/admin/structure/area?id={id}";
        var before = (await AreaTextAsync("space", "en"), await AreaTextAsync("space", "ja"));
        var fields = await FormAsync(editor, path);
        fields["Form.Texts[ja].Name"] = " ";
        fields["Form.Texts[en].Name"] = new string('S', 301);

        var response = await SaveAsync(editor, path, fields);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        page.QuerySelector("#Form_Texts_ja_Name-error")!.TextContent.Should().Be("Please fill in this field.");
        page.QuerySelector("#Form_Texts_en_Name-error")!.TextContent.Should().Be("Please use at most 300 characters.");
        page.QuerySelector("#Form_Texts_en_Name")!.GetAttribute("aria-describedby").Should().Be("Form_Texts_en_Name-error");
        (await AreaTextAsync("space", "en"), await AreaTextAsync("space", "ja")).Should().Be(before);
        await using var db = Database.CreateContext();
        (await db.Revisions.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_translation_with_text_needs_a_name()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        await using var db = Database.CreateContext();
        var pillar = await db.Pillars.OrderBy(p => p.Number).FirstAsync();
        var translated = pillar.OriginalLanguage == "ja" ? "en" : "ja";
        var path = $"/admin/structure/pillar?id={pillar.Id}";
        var fields = await FormAsync(editor, path);
        fields[$"Form.Texts[{translated}].Name"] = "";
        fields[$"Form.Texts[{translated}].Summary"] = "A summary without a name.";

        var page = await HtmlPage.ParseAsync(await SaveAsync(editor, path, fields));

        page.QuerySelector($"#Form_Texts_{translated}_Name-error")!.TextContent.Should().Be("Give a name in this language, or leave the language empty.");
        (await db.Revisions.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_structure_list_links_every_record_and_the_history_page_lists_the_revision()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AreaIdAsync("space");
        var list = await HtmlPage.ParseAsync(await editor.GetAsync("/admin/structure"));
        var links = list.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ToList();
        links[0].Should().StartWith("/admin/structure/framework?id=");
        links.Should().Contain($"/admin/structure/area?id={id}");
        links.Count(l => l!.StartsWith("/admin/structure/pillar?id=", StringComparison.Ordinal)).Should().Be(3);

        var path = $"/admin/structure/area?id={id}";
        var fields = await FormAsync(editor, path);
        fields["Form.Texts[en].Summary"] = "History test summary.";
        fields["Note"] = "For the history";
        (await SaveAsync(editor, path, fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var history = await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/history?type=CooperationArea&id={id}"));

        await using (var db = Database.CreateContext())
        {
            // The area by its name in the editor's language, not by its address.
            var name = await db.CooperationAreas.Where(a => a.Id == id).SelectMany(a => a.Translations).Where(t => t.Language == "en").Select(t => t.Name).SingleAsync();
            history.QuerySelector("h1")!.TextContent.Should().Be($"History: {name}");
        }

        history.QuerySelectorAll("form.history tbody tr").Should().ContainSingle()
            .Which.TextContent.Should().Contain("#1").And.Contain("editor").And.NotContain("editor@jmt.example").And.Contain("For the history");
        history.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(path);

        // Restoring revision 1 after a later save brings its text back as revision 3.
        fields = await FormAsync(editor, path);
        fields["Form.Texts[en].Summary"] = "A later summary.";
        (await SaveAsync(editor, path, fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var restore = history.QuerySelector("form[action*='handler=Restore']")!;
        var restored = await BackOffice.PostFormAsync(editor, "/admin", restore.GetAttribute("action")!, new()
        {
            ["Version"] = (await FormAsync(editor, path))["Version"],
            ["revision"] = restore.QuerySelector("option")!.GetAttribute("value")!,
        });
        restored.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AreaTextAsync("space", "en")).Should().Be("Space|History test summary.");
    }
}
