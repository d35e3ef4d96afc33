using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>Editors and reviewers keeping initiatives current. Each test has its own database.</summary>
public sealed class InitiativeEditingTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.SecondEditor, StaffAccount.Reviewer, StaffAccount.Official)
{
    private static Dictionary<string, string> NewInitiative(string english = "ASEAN-Japan Coral Reef Monitoring", string japanese = "日ASEANサンゴ礁モニタリング") => new()
    {
        ["Form.Texts[en].Name"] = english,
        ["Form.Texts[en].Summary"] = "Monitoring coral reefs together.",
        ["Form.Texts[en].Description"] = "- Surveys in **three** countries",
        ["Form.Texts[en].State"] = "Ready",
        ["Form.Texts[en].Publish"] = "true",
        ["Form.Texts[ja].Name"] = japanese,
        ["Form.Texts[ja].Summary"] = "サンゴ礁を共同で監視する。",
        ["Form.Texts[ja].State"] = "Ready",
        ["Form.Texts[ja].Publish"] = "true",
        ["Form.OriginalLanguage"] = "en",
        ["Form.Kind"] = "Project",
        ["Form.Status"] = "Ongoing",
        ["Form.StartDate"] = "2025-04",
        ["Form.AreaSlugs"] = "environment",
        ["Form.CountryCodes"] = "PH",
        ["Form.Figures[0].Value"] = "1,200",
        ["Form.Figures[0].Unit"] = "People",
        ["Form.Figures[0].Approximation"] = "About",
        ["Form.Figures[0].Label[en]"] = "divers trained",
        ["Form.Figures[0].Label[ja]"] = "育成したダイバー",
        ["Form.Milestones[0].Date"] = "FY2025",
        ["Form.Milestones[0].Status"] = "Planned",
        ["Form.Milestones[0].Title[en]"] = "First survey",
        ["Form.Milestones[0].Title[ja]"] = "第1回調査",
        ["Form.Links[0].Url"] = "https://example.org/reefs",
        ["Form.Links[0].Title[en]"] = "Project site",
        ["Form.Links[0].Title[ja]"] = "事業サイト",
        ["Note"] = "first draft",
    };

    private async Task<int> IdOfAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync();
    }

    private async Task<uint> VersionOfAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Initiatives.Where(i => i.Id == id).Select(i => i.Version).SingleAsync();
    }

    private static async Task<HttpResponseMessage> PostEditAsync(HttpClient client, int? id, string handler, Dictionary<string, string> fields)
    {
        // The antiforgery token belongs to the session, so any back-office page can supply it (even after the record is gone).
        const string page = "/admin";
        var action = id is null ? $"/admin/initiatives/edit?handler={handler}" : $"/admin/initiatives/edit?id={id}&handler={handler}";
        return await BackOffice.PostFormAsync(client, page, action, fields);
    }

    private static Task<Dictionary<string, string>> CurrentFormAsync(HttpClient client, int id) =>
        EditForm.ReadAsync(client, $"/admin/initiatives/edit?id={id}");

    [Fact]
    public async Task An_editor_drafts_and_submits_an_initiative_a_reviewer_publishes_it_and_the_public_reads_it_in_both_languages()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var visitor = Factory.CreateClient();

        var created = await PostEditAsync(editor, null, "Save", NewInitiative());
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await IdOfAsync("asean-japan-coral-reef-monitoring");
        (await visitor.GetAsync("/en/initiatives/asean-japan-coral-reef-monitoring")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a draft is not public");

        var submitted = await PostEditAsync(editor, id, "Submit", await CurrentFormAsync(editor, id));
        submitted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var editorCannotPublish = await PostEditAsync(editor, id, "Publish", new() { ["Version"] = (await VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        editorCannotPublish.StatusCode.Should().Be(HttpStatusCode.Redirect);
        editorCannotPublish.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");

        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var published = await PostEditAsync(reviewer, id, "Publish", new() { ["Version"] = (await VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        published.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var english = await HtmlPage.ParseAsync(await visitor.GetAsync("/en/initiatives/asean-japan-coral-reef-monitoring"));
        var japanese = await HtmlPage.ParseAsync(await visitor.GetAsync("/ja/initiatives/asean-japan-coral-reef-monitoring"));
        english.QuerySelector("h1")!.TextContent.Should().Be("ASEAN-Japan Coral Reef Monitoring");
        english.QuerySelectorAll(".figure__value").Select(f => f.TextContent).Should().Equal("about 1,200 people");
        english.QuerySelector(".description strong")!.TextContent.Should().Be("three");
        english.QuerySelectorAll(".timeline time").Select(t => t.TextContent).Should().Equal("FY2025 (April 2025 – March 2026)");
        japanese.QuerySelector("h1")!.TextContent.Should().Be("日ASEANサンゴ礁モニタリング");
        japanese.QuerySelectorAll(".figure__value").Select(f => f.TextContent).Should().Equal("約1,200人");
        (await HtmlPage.ParseAsync(await visitor.GetAsync("/en/areas/environment"))).QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href"))
            .Should().Contain("/en/initiatives/asean-japan-coral-reef-monitoring");

        await using var db = Database.CreateContext();
        (await db.Revisions.Where(r => r.RecordId == id && r.RecordType == "Initiative").OrderBy(r => r.Number).Select(r => r.Kind).ToListAsync())
            .Should().Equal(RevisionKind.Saved, RevisionKind.SubmittedForReview, RevisionKind.Published);
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Published && e.RecordKey == "asean-japan-coral-reef-monitoring" && e.UserEmail == "reviewer@jmt.example")).Should().BeTrue();
    }

    [Fact]
    public async Task Bad_input_is_explained_next_to_each_field_and_nothing_is_saved()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var fields = NewInitiative(english: "");
        fields["Form.OriginalLanguage"] = "en";
        fields["Form.Slug"] = "Not A Slug!";
        fields["Form.StartDate"] = "2025-13";
        fields["Form.EndDate"] = "2020";
        fields["Form.AreaSlugs"] = "";
        fields["Form.Figures[0].Value"] = "lots";
        fields["Form.Links[0].Url"] = "javascript:alert(1)";
        fields["Form.Texts[ja].Name"] = new string('長', 301);

        var response = await PostEditAsync(editor, null, "Save", fields);
        var page = await HtmlPage.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string ErrorFor(string id) => page.QuerySelector($"#{id}-error")?.TextContent ?? string.Empty;
        ErrorFor("Form_Texts_en_Name").Should().Be("Please fill in this field.");
        ErrorFor("Form_Slug").Should().Contain("lower-case letters");
        ErrorFor("Form_StartDate").Should().Contain("October 2024").And.Contain("2024年度");
        page.QuerySelector("input[name='Form.StartDate']")!.GetAttribute("value").Should().Be("2025-13", "a date that does not read is kept as typed");
        ErrorFor("Form_AreaSlugs").Should().Be("Choose at least one cooperation area.");
        ErrorFor("Form_Figures_0_Value").Should().Contain("Enter a number");
        ErrorFor("Form_Links_0_Url").Should().Contain("https://");
        ErrorFor("Form_Texts_ja_Name").Should().Be("Please use at most 300 characters.");
        page.QuerySelector("input[name='Form.Figures[0].Value']")!.GetAttribute("value").Should().Be("lots", "the editor's input is kept");
        await using var db = Database.CreateContext();
        (await db.Initiatives.CountAsync(i => i.Publication == PublicationStatus.Draft)).Should().Be(0);
        (await db.Revisions.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Values_of_the_wrong_kind_are_explained_in_a_summary_and_nothing_is_saved()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        editor.DefaultRequestHeaders.Add("Accept-Language", "ja");
        var fields = NewInitiative();
        fields["Form.Kind"] = "Banana";
        fields["Form.Figures[0].Unit"] = "Lightyears";
        fields["Version"] = "not-a-version";

        var response = await PostEditAsync(editor, null, "Save", fields);
        var page = await HtmlPage.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var summary = page.QuerySelector(".error-summary")!;
        summary.QuerySelector("h2")!.TextContent.Should().Be("入力内容に問題があります");
        summary.QuerySelectorAll("li a").Select(a => (a.GetAttribute("href"), a.TextContent)).Should().Contain([
            ("#Form_Kind", "種別：この値は選択肢にないか、形式が正しくありません。"),
            ("#Form_Figures_0_Unit", "主な数値（1行目）の単位：この値は選択肢にないか、形式が正しくありません。"),
        ]);
        await using var db = Database.CreateContext();
        (await db.Revisions.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Japanese_editors_read_the_messages_in_japanese()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        editor.DefaultRequestHeaders.Add("Accept-Language", "ja");
        var fields = NewInitiative();
        fields["Form.StartDate"] = "来年";

        var page = await HtmlPage.ParseAsync(await PostEditAsync(editor, null, "Save", fields));

        page.QuerySelector("#Form_StartDate-error")!.TextContent.Should().Be("日付は出典の書き方で入力してください（例：2024年10月5日、2024年10月、2024年、2024年度、FY2024、October 2024、2024-10-05）。");
    }

    [Fact]
    public async Task Dates_typed_as_the_sources_write_them_are_saved_at_their_precision_and_read_so_in_both_languages()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var fields = NewInitiative();
        fields["Form.StartDate"] = "2024年度";
        fields["Form.EndDate"] = "Oct 2026";
        fields["Form.Milestones[0].Date"] = "2024年10月5日";

        (await PostEditAsync(editor, null, "Save", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await IdOfAsync("asean-japan-coral-reef-monitoring");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        (await PostEditAsync(reviewer, id, "Publish", new() { ["Version"] = (await VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var visitor = Factory.CreateClient();
        var english = await HtmlPage.ParseAsync(await visitor.GetAsync("/en/initiatives/asean-japan-coral-reef-monitoring"));
        var japanese = await HtmlPage.ParseAsync(await visitor.GetAsync("/ja/initiatives/asean-japan-coral-reef-monitoring"));
        english.QuerySelectorAll("dd").Select(d => d.TextContent).Should().Contain("FY2024 (April 2024 – March 2025) – October 2026");
        japanese.QuerySelectorAll("dd").Select(d => d.TextContent).Should().Contain("2024年度 – 2026年10月");
        english.QuerySelectorAll(".timeline time").Select(t => t.TextContent).Should().Equal("5 October 2024");
        (await CurrentFormAsync(editor, id))["Form.StartDate"].Should().Be("FY2024", "the form shows the date in the portal's one notation");
    }

    [Fact]
    public async Task Beside_a_date_field_the_editor_reads_how_the_date_will_read_in_each_language_before_saving()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        editor.DefaultRequestHeaders.Add("Accept-Language", "ja");
        async Task<System.Text.Json.JsonElement> ReadingAsync(HttpClient client, string text) =>
            System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/admin/initiatives/edit?handler=DateReading&text={Uri.EscapeDataString(text)}")).RootElement;

        var fiscalYear = await ReadingAsync(editor, "2024年度");
        fiscalYear.GetProperty("readings").GetProperty("en").GetString().Should().Be("FY2024 (April 2024 – March 2025)");
        fiscalYear.GetProperty("readings").GetProperty("ja").GetString().Should().Be("2024年度");
        (await ReadingAsync(editor, "Oct 2023")).GetProperty("readings").GetProperty("ja").GetString().Should().Be("2023年10月");
        (await ReadingAsync(editor, "来年")).GetProperty("problem").GetString().Should().StartWith("日付は出典の書き方で");

        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");
        (await official.GetAsync("/admin/initiatives/edit?handler=DateReading&text=2024")).Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
    }

    [Fact]
    public async Task A_key_figure_has_no_unit_until_one_is_chosen_and_an_approximate_one_is_taken_as_the_sources_write_it()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var blankForm = await HtmlPage.ParseAsync(await editor.GetAsync("/admin/initiatives/edit"));
        blankForm.QuerySelector("select[name='Form.Figures[0].Unit'] option[selected]")!.GetAttribute("value").Should().BeEmpty("no unit is assumed");

        var noUnit = NewInitiative();
        noUnit.Remove("Form.Figures[0].Unit");
        var refused = await HtmlPage.ParseAsync(await PostEditAsync(editor, null, "Save", noUnit));
        refused.QuerySelector("#Form_Figures_0_Unit-error")!.TextContent.Should().Be("Please fill in this field.");

        var exactWithWords = NewInitiative();
        exactWithWords["Form.Figures[0].Value"] = "about 160";
        exactWithWords["Form.Figures[0].Approximation"] = "Exact";
        (await HtmlPage.ParseAsync(await PostEditAsync(editor, null, "Save", exactWithWords)))
            .QuerySelector("#Form_Figures_0_Value-error")!.TextContent.Should().Contain("Enter a number");
        await using (var db = Database.CreateContext())
        {
            (await db.Initiatives.CountAsync(i => i.Slug == "asean-japan-coral-reef-monitoring")).Should().Be(0);
        }

        var approximate = NewInitiative();
        approximate["Form.Figures[0].Value"] = "約160名";
        approximate["Form.Figures[1].Value"] = "about 1,200";
        approximate["Form.Figures[1].Unit"] = "Participants";
        approximate["Form.Figures[1].Approximation"] = "About";
        approximate["Form.Figures[1].Label[en]"] = "participants";
        (await PostEditAsync(editor, null, "Save", approximate)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var saved = Database.CreateContext();
        (await saved.KeyFigures.OrderBy(f => f.SortOrder).Where(f => f.Initiative.Slug == "asean-japan-coral-reef-monitoring").Select(f => new { f.Value, f.Unit, f.Approximation }).ToListAsync())
            .Should().Equal(new { Value = 160m, Unit = FigureUnit.People, Approximation = FigureApproximation.About },
                new { Value = 1200m, Unit = FigureUnit.Participants, Approximation = FigureApproximation.About });
    }

    [Fact]
    public async Task Script_emoji_and_right_to_left_text_are_stored_as_written_and_shown_as_text()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var fields = NewInitiative(english: "<script>alert('x')</script> Reef 🐠 مرجان");
        fields["Form.Slug"] = "reef-unicode";
        fields["Form.Texts[en].Description"] = "<img src=x onerror=alert(1)> [x](javascript:alert(1))";

        (await PostEditAsync(editor, null, "Submit", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await IdOfAsync("reef-unicode");
        await PostEditAsync(reviewer, id, "Publish", new() { ["Version"] = (await VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var html = await Factory.CreateClient().GetStringAsync("/en/initiatives/reef-unicode");

        html.Should().NotContain("<script>alert").And.NotContain("<img src=x").And.NotContain("javascript:");
        (await HtmlPage.ParseAsync(await Factory.CreateClient().GetAsync("/en/initiatives/reef-unicode"))).QuerySelector("h1")!.TextContent
            .Should().Be("<script>alert('x')</script> Reef 🐠 مرجان");
    }

    [Fact]
    public async Task A_save_after_a_colleague_renamed_the_record_keeps_the_rename_and_the_summary_without_asking()
    {
        // A seeded record, which has no revision yet: the version both opened is kept as revision 0 by the first save.
        var colleague = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example");
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await IdOfAsync("sseayp");
        var colleagueForm = await CurrentFormAsync(colleague, id);
        var editorForm = await CurrentFormAsync(editor, id);
        var originalSummary = editorForm["Form.Texts[en].Summary"];

        colleagueForm["Form.Texts[en].Name"] = "Ship for Southeast Asian and Japanese Youth (renamed)";
        (await PostEditAsync(colleague, id, "Save", colleagueForm)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        editorForm["Form.Texts[en].Summary"] = "A summary the second editor wrote.";
        var saved = await PostEditAsync(editor, id, "Save", editorForm);

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, "nothing both changed, so there is nothing to choose");
        var page = await HtmlPage.ParseAsync(await editor.GetAsync(saved.Headers.Location!.OriginalString));
        page.VisibleText().Should().Contain("your changes and theirs were both kept");
        var now = await CurrentFormAsync(editor, id);
        now["Form.Texts[en].Name"].Should().Be("Ship for Southeast Asian and Japanese Youth (renamed)");
        now["Form.Texts[en].Summary"].Should().Be("A summary the second editor wrote.").And.NotBe(originalSummary);
        await using var db = Database.CreateContext();
        (await db.Revisions.Where(r => r.RecordType == "Initiative" && r.RecordId == id).OrderBy(r => r.Number).Select(r => new { r.Number, r.Kind }).ToListAsync())
            .Should().Equal(new { Number = 0, Kind = RevisionKind.Imported }, new { Number = 1, Kind = RevisionKind.Saved }, new { Number = 2, Kind = RevisionKind.Saved });
    }

    /// <summary>A colleague and an editor, signed in, each with the form of the same new initiative open.</summary>
    private async Task<(HttpClient Colleague, HttpClient Editor, int Id, Dictionary<string, string> ColleagueForm, Dictionary<string, string> EditorForm)> TwoEditorsOpenANewInitiativeAsync()
    {
        var colleague = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var editor = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example");
        await PostEditAsync(colleague, null, "Save", NewInitiative());
        var id = await IdOfAsync("asean-japan-coral-reef-monitoring");
        var colleagueForm = await CurrentFormAsync(colleague, id);
        var editorForm = await CurrentFormAsync(editor, id);
        return (colleague, editor, id, colleagueForm, editorForm);
    }

    [Fact]
    public async Task When_both_editors_changed_a_field_the_second_chooses_per_field_with_theirs_preselected_and_nothing_is_saved_before()
    {
        var (colleague, editor, id, colleagueForm, editorForm) = await TwoEditorsOpenANewInitiativeAsync();

        colleagueForm["Form.Texts[en].Summary"] = "Summary by the colleague.";
        colleagueForm["Form.Texts[en].Name"] = "Coral Reef Monitoring (renamed)";
        (await PostEditAsync(colleague, id, "Save", colleagueForm)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        editorForm["Form.Texts[en].Summary"] = "Summary by the editor.";
        editorForm["Form.Texts[ja].Summary"] = "編集者の概要。";
        var conflict = await PostEditAsync(editor, id, "Save", editorForm);

        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var page = await HtmlPage.ParseAsync(conflict);
        var panel = page.QuerySelector(".conflict")!;
        panel.QuerySelector("h2")!.TextContent.Should().Be("Someone else saved this record while you were editing");
        panel.TextContent.Should().Contain("editor saved it at").And.Contain("(Jakarta time)").And.Contain("Name (English)")
            .And.NotContain("texts.en").And.NotContain("editor@jmt.example");
        panel.QuerySelectorAll("fieldset.merge-choice legend").Select(legend => legend.TextContent).Should().Equal("Summary (English)");
        panel.QuerySelector("input[type=radio]:checked")!.ParentElement!.TextContent.Should().Contain("Keep theirs").And.Contain("Summary by the colleague.");
        panel.QuerySelector("input[type=radio][value=true]")!.ParentElement!.TextContent.Should().Contain("Keep mine").And.Contain("Summary by the editor.");
        page.QuerySelector("textarea[name='Form.Texts[en].Summary']")!.TextContent.Should().Be("Summary by the colleague.");
        page.QuerySelector("textarea[name='Form.Texts[ja].Summary']")!.TextContent.Should().Be("編集者の概要。", "a field only this editor changed keeps theirs");
        page.QuerySelector("input[name='Form.Texts[en].Name']")!.GetAttribute("value").Should().Be("Coral Reef Monitoring (renamed)");
        await using (var db = Database.CreateContext())
        {
            var texts = await db.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id).ToDictionaryAsync(t => t.Language);
            texts["en"].Summary.Should().Be("Summary by the colleague.", "nothing is saved before the editor chooses");
            texts["ja"].Summary.Should().Be("サンゴ礁を共同で監視する。");
        }

        var choice = EditForm.Read(page);
        choice["Resolutions[0].KeepMine"].Should().Be("false");
        choice["Resolutions[0].KeepMine"] = "true";
        (await PostEditAsync(editor, id, "Save", choice)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using var check = Database.CreateContext();
        var saved = await check.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id).ToDictionaryAsync(t => t.Language);
        saved["en"].Summary.Should().Be("Summary by the editor.");
        saved["en"].Name.Should().Be("Coral Reef Monitoring (renamed)");
        saved["ja"].Summary.Should().Be("編集者の概要。");
    }

    [Fact]
    public async Task Following_the_conflict_page_as_it_comes_keeps_the_colleagues_value()
    {
        var (colleague, editor, id, colleagueForm, editorForm) = await TwoEditorsOpenANewInitiativeAsync();
        colleagueForm["Form.Texts[en].Summary"] = "Summary by the colleague.";
        await PostEditAsync(colleague, id, "Save", colleagueForm);
        editorForm["Form.Texts[en].Summary"] = "Summary by the editor.";

        var conflict = await PostEditAsync(editor, id, "Save", editorForm);
        (await PostEditAsync(editor, id, "Save", EditForm.Read(await HtmlPage.ParseAsync(conflict)))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using var check = Database.CreateContext();
        (await check.Set<InitiativeTranslation>().SingleAsync(t => t.InitiativeId == id && t.Language == "en")).Summary.Should().Be("Summary by the colleague.");
    }

    [Fact]
    public async Task Changes_to_a_published_initiative_wait_for_review_while_the_public_keeps_the_published_text()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var visitor = Factory.CreateClient();
        var id = await IdOfAsync("sseayp");
        var form = await CurrentFormAsync(editor, id);
        form["Form.Texts[en].Summary"] = "A revised summary awaiting review.";

        (await PostEditAsync(editor, id, "Submit", form)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await visitor.GetStringAsync("/en/initiatives/sseayp")).Should().NotContain("A revised summary awaiting review.");
        (await editor.GetStringAsync($"/admin/initiatives/preview?id={id}&lang=en")).Should().Contain("A revised summary awaiting review.");
        (await editor.GetStringAsync($"/admin/initiatives/edit?id={id}")).Should().Contain("A revised summary awaiting review.");

        await PostEditAsync(reviewer, id, "Publish", new() { ["Version"] = (await VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        (await visitor.GetStringAsync("/en/initiatives/sseayp")).Should().Contain("A revised summary awaiting review.");
        (await visitor.GetStringAsync("/ja/initiatives/sseayp")).Should().Contain("東南アジア青年の船");
    }

    [Fact]
    public async Task An_earlier_revision_is_restored_as_a_new_one_and_the_history_shows_what_changed()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        await PostEditAsync(editor, null, "Save", NewInitiative());
        var id = await IdOfAsync("asean-japan-coral-reef-monitoring");
        var form = await CurrentFormAsync(editor, id);
        form["Form.Texts[en].Summary"] = "A summary that turned out wrong.";
        await PostEditAsync(editor, id, "Save", form);

        await using (var db = Database.CreateContext())
        {
            var revisions = await db.Revisions.Where(r => r.RecordId == id).OrderBy(r => r.Number).ToListAsync();
            var history = await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/history?type=Initiative&id={id}&a={revisions[0].Id}&b={revisions[1].Id}"));
            history.QuerySelectorAll("table.diff tbody tr").Select(row => row.TextContent).Should().ContainSingle()
                .Which.Should().Contain("Summary (English)").And.Contain("Monitoring coral reefs together.").And.Contain("A summary that turned out wrong.");

            var restored = await BackOffice.PostFormAsync(editor, $"/admin/history?type=Initiative&id={id}", $"/admin/initiatives/edit?id={id}&handler=Restore", new()
            {
                ["revision"] = revisions[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Version"] = (await VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            restored.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        await using var check = Database.CreateContext();
        (await check.Set<InitiativeTranslation>().SingleAsync(t => t.InitiativeId == id && t.Language == "en")).Summary.Should().Be("Monitoring coral reefs together.");
        (await check.Revisions.Where(r => r.RecordId == id).OrderBy(r => r.Number).Select(r => r.Kind).ToListAsync())
            .Should().Equal(RevisionKind.Saved, RevisionKind.Saved, RevisionKind.Restored);
    }

    [Fact]
    public async Task An_official_can_read_the_editor_but_cannot_save_anything()
    {
        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");
        var id = await IdOfAsync("sseayp");

        var page = await HtmlPage.ParseAsync(await official.GetAsync($"/admin/initiatives/edit?id={id}"));
        page.QuerySelector("fieldset.editor__body")!.HasAttribute("disabled").Should().BeTrue();
        page.QuerySelectorAll("button[formaction*='handler=Save']").Should().BeEmpty();

        var token = await BackOffice.AntiforgeryTokenAsync(official, $"/admin/initiatives/edit?id={id}");
        var fields = NewInitiative();
        fields["__RequestVerificationToken"] = token;
        var response = await official.PostAsync($"/admin/initiatives/edit?id={id}&handler=Save", new FormUrlEncodedContent(fields));

        response.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
        await using var db = Database.CreateContext();
        (await db.Set<InitiativeTranslation>().SingleAsync(t => t.InitiativeId == id && t.Language == "en")).Name.Should().Be("Ship for Southeast Asian and Japanese Youth Program");
    }

    [Fact]
    public async Task Archiving_takes_an_initiative_off_the_public_site_and_an_edit_of_it_meanwhile_is_refused_clearly()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await IdOfAsync("jenesys");
        var staleForm = await CurrentFormAsync(editor, id);

        var archived = await PostEditAsync(editor, id, "Archive", new() { ["Version"] = staleForm["Version"] });
        archived.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Factory.CreateClient().GetAsync("/en/initiatives/jenesys")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var edit = await PostEditAsync(editor, id, "Save", staleForm);
        (await HtmlPage.ParseAsync(edit)).QuerySelector(".form-error")!.TextContent.Should().Contain("archived while you were editing");

        await PostEditAsync(editor, id, "Unarchive", new() { ["Version"] = (await VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await using var db = Database.CreateContext();
        (await db.Initiatives.SingleAsync(i => i.Id == id)).Publication.Should().Be(PublicationStatus.Draft);
        (await db.AuditEntries.Select(e => e.Action).ToListAsync()).Should().Contain([AuditAction.Archived, AuditAction.Restored]);
    }

    [Fact]
    public async Task An_edit_of_an_initiative_deleted_meanwhile_gets_a_clear_message()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        await PostEditAsync(editor, null, "Save", NewInitiative());
        var id = await IdOfAsync("asean-japan-coral-reef-monitoring");
        var form = await CurrentFormAsync(editor, id);
        await using (var db = Database.CreateContext())
        {
            db.Initiatives.Remove(await db.Initiatives.SingleAsync(i => i.Id == id));
            await db.SaveChangesAsync();
        }

        var response = await PostEditAsync(editor, id, "Save", form);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await HtmlPage.ParseAsync(response)).QuerySelector(".form-error")!.TextContent.Should().Contain("it was deleted while you were editing");
    }

    [Fact]
    public async Task Changing_the_original_text_marks_the_translation_stale_until_it_is_updated()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        await PostEditAsync(editor, null, "Save", NewInitiative());
        var id = await IdOfAsync("asean-japan-coral-reef-monitoring");
        var form = await CurrentFormAsync(editor, id);
        form["Form.Texts[en].Summary"] = "The original, rewritten.";
        await PostEditAsync(editor, id, "Save", form);

        var page = await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/initiatives/edit?id={id}"));
        page.QuerySelector("fieldset.language[lang=ja] .stale").Should().NotBeNull();
        page.QuerySelector("fieldset.language[lang=en] .stale").Should().BeNull();
        var staleList = await HtmlPage.ParseAsync(await editor.GetAsync("/admin/initiatives?language=stale"));
        staleList.QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")).Should().Equal($"/admin/initiatives/edit?id={id}");

        form = await CurrentFormAsync(editor, id);
        form["Form.Texts[ja].Summary"] = "原文の書き直しに合わせた概要。";
        await PostEditAsync(editor, id, "Save", form);
        (await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/initiatives/edit?id={id}"))).QuerySelector(".stale").Should().BeNull();
    }

    [Fact]
    public async Task A_translation_is_stale_while_a_change_to_its_original_waits_for_review()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await IdOfAsync("jenesys");
        string original;
        await using (var db = Database.CreateContext())
        {
            original = await db.Initiatives.Where(i => i.Id == id).Select(i => i.OriginalLanguage).SingleAsync();
        }

        var translation = original == "en" ? "ja" : "en";
        var form = await CurrentFormAsync(editor, id);
        form[$"Form.Texts[{original}].Summary"] = "The original, rewritten and not yet published.";
        (await PostEditAsync(editor, id, "Save", form)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/initiatives/edit?id={id}"));
        page.QuerySelector($"fieldset.language[lang={translation}] .stale").Should().NotBeNull("the published original is unchanged, but its change is waiting");
        page.QuerySelector($"fieldset.language[lang={original}] .stale").Should().BeNull();

        form = await CurrentFormAsync(editor, id);
        form[$"Form.Texts[{translation}].Summary"] = "The translation, rewritten with it.";
        await PostEditAsync(editor, id, "Save", form);
        (await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/initiatives/edit?id={id}"))).QuerySelector(".stale").Should().BeNull();
    }

    [Fact]
    public async Task Publishing_one_language_only_leaves_the_other_to_the_fallback_note()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var fields = NewInitiative();
        fields["Form.Texts[ja].Publish"] = "false";
        await PostEditAsync(editor, null, "Submit", fields);
        var id = await IdOfAsync("asean-japan-coral-reef-monitoring");
        await PostEditAsync(reviewer, id, "Publish", new() { ["Version"] = (await VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var japanese = await HtmlPage.ParseAsync(await Factory.CreateClient().GetAsync("/ja/initiatives/asean-japan-coral-reef-monitoring"));

        japanese.QuerySelector("h1")!.TextContent.Should().Be("ASEAN-Japan Coral Reef Monitoring");
        japanese.QuerySelector(".fallback-note")!.TextContent.Should().Be("この項目は現在、英語でのみ提供しています。");
    }

    [Theory]
    [InlineData("q=%E9%9D%92%E5%B9%B4%E3%81%AE%E8%88%B9", "sseayp")]
    [InlineData("q=JASMINE", "jasmine")]
    [InlineData("q=100%25&pillar=partners-for-peace-and-stability", null)]
    [InlineData("area=agriculture-and-food-systems", "midori-cooperation-plan")]
    [InlineData("publication=Published&language=review-en&sort=name&page=-3", "aadmer-work-programme-2026-2030")]
    public async Task Editors_find_initiatives_by_name_in_either_language_and_by_filter(string query, string? expectedSlug)
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        var response = await editor.GetAsync("/admin/initiatives?" + query);
        var page = await HtmlPage.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var links = page.QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")).ToList();
        if (expectedSlug is null)
        {
            links.Should().BeEmpty();
        }
        else
        {
            links.Should().Contain($"/admin/initiatives/edit?id={await IdOfAsync(expectedSlug)}");
        }
    }
}
