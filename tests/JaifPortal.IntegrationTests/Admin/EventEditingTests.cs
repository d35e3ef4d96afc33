using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>Editors and reviewers keeping events current. Each test has its own database.</summary>
public sealed class EventEditingTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.SecondEditor, StaffAccount.Reviewer, StaffAccount.Official)
{
    private const string SeededEvent = "stakeholder-consultation-with-the-asean-dialogue-partners-2024";


    private static Dictionary<string, string> NewEvent(string english = "ASEAN-Japan Coral Reef Workshop", string japanese = "日ASEANサンゴ礁ワークショップ") => new()
    {
        ["Form.Texts[en].Name"] = english,
        ["Form.Texts[en].Summary"] = "Reef scientists met to compare survey methods.",
        ["Form.Texts[en].Place"] = "Manila",
        ["Form.Texts[en].Topics"] = "- Survey methods in **three** countries",
        ["Form.Texts[en].Outcome"] = "A shared survey protocol was agreed.",
        ["Form.Texts[en].State"] = "Ready",
        ["Form.Texts[en].Publish"] = "true",
        ["Form.Texts[ja].Name"] = japanese,
        ["Form.Texts[ja].Summary"] = "サンゴ礁の研究者が調査手法を比較した。",
        ["Form.Texts[ja].Place"] = "マニラ",
        ["Form.Texts[ja].State"] = "Ready",
        ["Form.Texts[ja].Publish"] = "true",
        ["Form.OriginalLanguage"] = "en",
        ["Form.StartDate"] = "2025-11",
        ["Form.CountryCode"] = "PH",
        ["Form.Organisations[0].OrganisationSlug"] = "asean-secretariat",
        ["Form.Organisations[0].Role"] = "Organiser",
        ["Form.Organisations[1].OrganisationSlug"] = "jaif",
        ["Form.Organisations[1].Role"] = "Supporter",
        ["Form.Participants[0].PersonSlug"] = "naoki-minamiguchi",
        ["Form.Participants[1].PersonSlug"] = "chujo-kazuo",
        ["Form.AreaSlugs[0]"] = "environment",
        ["Form.InitiativeSlugs[0]"] = "sseayp",
        ["Note"] = "first draft",
    };

    private async Task<int> IdOfAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
    }

    private async Task<string> VersionOfAsync(int id)
    {
        await using var db = Database.CreateContext();
        return (await db.Events.Where(e => e.Id == id).Select(e => e.Version).SingleAsync()).ToString(CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> PostEditAsync(HttpClient client, int? id, string handler, Dictionary<string, string> fields)
    {
        // The antiforgery token belongs to the session, so any back-office page can supply it.
        var action = id is null ? $"/admin/events/edit?handler={handler}" : $"/admin/events/edit?id={id}&handler={handler}";
        return await BackOffice.PostFormAsync(client, "/admin", action, fields);
    }

    private static Task<Dictionary<string, string>> CurrentFormAsync(HttpClient client, int id) =>
        EditForm.ReadAsync(client, $"/admin/events/edit?id={id}");

    [Fact]
    public async Task An_editor_creates_and_submits_an_event_a_reviewer_publishes_it_and_the_public_reads_it_in_both_languages()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var visitor = Factory.CreateClient();

        var submitted = await PostEditAsync(editor, null, "Submit", NewEvent());
        submitted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await IdOfAsync("asean-japan-coral-reef-workshop");
        (await visitor.GetAsync("/en/events/asean-japan-coral-reef-workshop")).StatusCode.Should().Be(HttpStatusCode.NotFound, "an event in review is not public");
        var editorCannotPublish = await PostEditAsync(editor, id, "Publish", new() { ["Version"] = await VersionOfAsync(id) });
        editorCannotPublish.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");

        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var inReview = await HtmlPage.ParseAsync(await reviewer.GetAsync("/admin/events?publication=InReview"));
        inReview.QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")).Should().Equal($"/admin/events/edit?id={id}");
        var published = await PostEditAsync(reviewer, id, "Publish", new() { ["Version"] = await VersionOfAsync(id) });
        published.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var english = await HtmlPage.ParseAsync(await visitor.GetAsync("/en/events/asean-japan-coral-reef-workshop"));
        english.QuerySelector("h1")!.TextContent.Should().Be("ASEAN-Japan Coral Reef Workshop");
        english.QuerySelector(".facts time")!.TextContent.Should().Be("November 2025", "a month is shown as a month, not a day");
        var englishFacts = english.QuerySelector(".facts")!.TextContent;
        englishFacts.Should().Contain("Manila").And.Contain("Philippines").And.Contain("ASEAN Secretariat").And.Contain("Japan-ASEAN Integration Fund");
        english.QuerySelectorAll(".facts dt").Select(dt => dt.TextContent).Should().Contain(["Organiser", "Supported by"]);
        english.QuerySelector("#topics-heading + ul strong")!.TextContent.Should().Be("three");
        english.QuerySelectorAll("section[aria-labelledby=participants-heading] li a").Select(a => a.GetAttribute("href"))
            .Should().Equal("/en/people/naoki-minamiguchi", "/en/people/chujo-kazuo");
        english.QuerySelectorAll("section[aria-labelledby=initiatives-heading] a").Select(a => a.TextContent)
            .Should().Equal("Ship for Southeast Asian and Japanese Youth Program");

        var japanese = await HtmlPage.ParseAsync(await visitor.GetAsync("/ja/events/asean-japan-coral-reef-workshop"));
        japanese.QuerySelector("h1")!.TextContent.Should().Be("日ASEANサンゴ礁ワークショップ");
        japanese.QuerySelector(".facts time")!.TextContent.Should().Be("2025年11月");
        japanese.QuerySelector(".facts")!.TextContent.Should().Contain("マニラ").And.Contain("ASEAN事務局").And.Contain("日ASEAN統合基金");
        japanese.QuerySelectorAll("section[aria-labelledby=participants-heading] li a").Select(a => a.GetAttribute("href"))
            .Should().Equal("/ja/people/naoki-minamiguchi", "/ja/people/chujo-kazuo");

        await using var db = Database.CreateContext();
        (await db.Revisions.Where(r => r.RecordId == id && r.RecordType == "Event").OrderBy(r => r.Number).Select(r => r.Kind).ToListAsync())
            .Should().Equal(RevisionKind.SubmittedForReview, RevisionKind.Published);
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Published && e.RecordType == "Event" && e.RecordKey == "asean-japan-coral-reef-workshop" && e.UserEmail == "reviewer@jmt.example"))
            .Should().BeTrue();
        (await editor.GetStringAsync($"/admin/history?type=Event&id={id}")).Should().Contain("first draft");
    }

    [Fact]
    public async Task Bad_input_is_explained_next_to_each_field_and_nothing_is_saved()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var fields = NewEvent(english: "");
        fields["Form.Slug"] = "Not A Slug!";
        fields["Form.StartDate"] = "2025-05";
        fields["Form.EndDate"] = "2020";
        fields["Form.CountryCode"] = "ZZ";
        fields["Form.Organisations[2].OrganisationSlug"] = "no-such-organisation";
        fields["Form.Participants[2].PersonSlug"] = "no-such-person";
        fields["Form.AreaSlugs[1]"] = "no-such-area";
        fields["Form.InitiativeSlugs[1]"] = "no-such-initiative";
        fields["Form.Texts[ja].Name"] = new string('長', 301);

        var response = await PostEditAsync(editor, null, "Save", fields);
        var page = await HtmlPage.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string ErrorFor(string id) => page.QuerySelector($"#{id}-error")?.TextContent ?? string.Empty;
        ErrorFor("Form_Texts_en_Name").Should().Be("Please fill in this field.");
        ErrorFor("Form_Slug").Should().Contain("lower-case letters");
        ErrorFor("Form_EndDate").Should().Be("The end is before the start.");
        ErrorFor("Form_Texts_ja_Name").Should().Be("Please use at most 300 characters.");
        foreach (var field in new[] { "Form_CountryCode", "Form_Organisations", "Form_Participants", "Form_AreaSlugs", "Form_InitiativeSlugs" })
        {
            ErrorFor(field).Should().Contain("no longer exists", field);
        }

        page.QuerySelector("#Form_Slug")!.GetAttribute("value").Should().Be("not a slug!", "the editor's input is kept");
        page.QuerySelector("#Form_Slug")!.GetAttribute("aria-invalid").Should().Be("true");

        var badDates = NewEvent();
        badDates["Form.StartDate"] = "2025-13";
        badDates["Form.EndDate"] = "soon";
        var datePage = await HtmlPage.ParseAsync(await PostEditAsync(editor, null, "Save", badDates));
        datePage.QuerySelector("#Form_StartDate-error")!.TextContent.Should().Contain("2024年度");
        datePage.QuerySelector("#Form_EndDate-error")!.TextContent.Should().Contain("2024年度");

        var noDate = NewEvent();
        noDate["Form.StartDate"] = "";
        noDate["Form.Organisations[1].OrganisationSlug"] = "asean-secretariat";
        noDate["Form.Organisations[1].Role"] = "Organiser";
        var noDatePage = await HtmlPage.ParseAsync(await PostEditAsync(editor, null, "Submit", noDate));
        noDatePage.QuerySelector("#Form_StartDate-error")!.TextContent.Should().Be("Please fill in this field.");
        noDatePage.QuerySelector("#Form_Organisations-error")!.TextContent.Should().Be("The same organisation is listed twice with the same role.");

        await using var db = Database.CreateContext();
        (await db.Events.CountAsync(e => e.Publication != PublicationStatus.Published)).Should().Be(0);
        (await db.Revisions.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Japanese_editors_read_the_messages_in_japanese()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        editor.DefaultRequestHeaders.Add("Accept-Language", "ja");
        var fields = NewEvent();
        fields["Form.Slug"] = SeededEvent;

        var page = await HtmlPage.ParseAsync(await PostEditAsync(editor, null, "Save", fields));

        page.QuerySelector("h1")!.TextContent.Should().StartWith("イベントの新規作成");
        page.QuerySelector("#Form_Slug-error")!.TextContent.Should().Be("このアドレスは同じ種類の別の項目で使われています。");
        page.QuerySelectorAll("select[name='Form.Organisations[0].Role'] option").Select(o => o.TextContent).Should().Equal("主催", "支援", "参加", "開催");
    }

    [Fact]
    public async Task Script_in_the_text_is_stored_as_written_and_shown_as_text()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var fields = NewEvent(english: "<script>alert('x')</script> Reef 🐠 مرجان");
        fields["Form.Slug"] = "reef-unicode";
        fields["Form.Texts[en].Place"] = "<b onmouseover=alert(1)>Manila</b>";
        fields["Form.Texts[en].Outcome"] = "<img src=x onerror=alert(1)> [x](javascript:alert(1))";

        (await PostEditAsync(editor, null, "Submit", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await IdOfAsync("reef-unicode");
        await PostEditAsync(reviewer, id, "Publish", new() { ["Version"] = await VersionOfAsync(id) });
        var response = await Factory.CreateClient().GetAsync("/en/events/reef-unicode");
        var html = await response.Content.ReadAsStringAsync();

        html.Should().NotContain("<script>alert").And.NotContain("<img src=x").And.NotContain("<b onmouseover").And.NotContain("javascript:");
        var page = await HtmlPage.ParseAsync(await Factory.CreateClient().GetAsync("/en/events/reef-unicode"));
        page.QuerySelector("h1")!.TextContent.Should().Be("<script>alert('x')</script> Reef 🐠 مرجان");
        page.QuerySelector(".facts")!.TextContent.Should().Contain("<b onmouseover=alert(1)>Manila</b>");
    }

    [Fact]
    public async Task Changes_to_the_published_jakarta_consultation_wait_for_review_while_the_public_keeps_the_published_text()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var visitor = Factory.CreateClient();
        var id = await IdOfAsync(SeededEvent);
        var form = await CurrentFormAsync(editor, id);
        form["Form.Texts[en].Place"].Should().Be("Jakarta", "the form shows the event as saved");
        form["Form.Participants[0].PersonSlug"].Should().Be("chujo-kazuo");
        form["Form.Texts[en].Outcome"] = "A revised outcome awaiting review.";
        form["Form.Participants[0].Remove"] = "true";

        (await PostEditAsync(editor, id, "Submit", form)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var publicPage = await visitor.GetStringAsync($"/en/events/{SeededEvent}");
        publicPage.Should().NotContain("A revised outcome awaiting review.").And.Contain("JMT pointed out").And.Contain("/en/people/chujo-kazuo");
        var editPage = await editor.GetStringAsync($"/admin/events/edit?id={id}");
        editPage.Should().Contain("A revised outcome awaiting review.").And.Contain("Your saved changes wait for a reviewer");
        var preview = await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/events/preview?id={id}&lang=en"));
        preview.QuerySelector("#outcome-heading + p")!.TextContent.Should().Be("A revised outcome awaiting review.", "the preview shows the public page with the pending changes");
        preview.QuerySelectorAll("section[aria-labelledby=participants-heading] li a").Select(a => a.GetAttribute("href")).Should().Equal("/en/people/naoki-minamiguchi");
        preview.QuerySelector(".source-note a")!.GetAttribute("href").Should().Be("/en/sources/jaif-news-ascc-stakeholder-consultation-2024");
        await using (var db = Database.CreateContext())
        {
            var stored = await db.Events.Include(e => e.Participants).SingleAsync(e => e.Id == id);
            stored.PendingReview.Should().BeTrue();
            stored.Participants.Should().HaveCount(2, "the published record is unchanged until a reviewer publishes");
        }

        (await PostEditAsync(reviewer, id, "Publish", new() { ["Version"] = await VersionOfAsync(id) })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var after = await HtmlPage.ParseAsync(await visitor.GetAsync($"/en/events/{SeededEvent}"));
        after.QuerySelector("#outcome-heading + p")!.TextContent.Should().Be("A revised outcome awaiting review.");
        after.QuerySelectorAll("section[aria-labelledby=participants-heading] li a").Select(a => a.GetAttribute("href")).Should().Equal("/en/people/naoki-minamiguchi");
        after.QuerySelector(".facts time")!.TextContent.Should().Be("27 August 2024");
        (await visitor.GetStringAsync($"/ja/events/{SeededEvent}")).Should().Contain("ASEAN対話国とのステークホルダー協議");
    }

    [Fact]
    public async Task Changing_the_original_text_marks_the_translation_stale_until_it_is_updated()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        await PostEditAsync(editor, null, "Save", NewEvent());
        var id = await IdOfAsync("asean-japan-coral-reef-workshop");
        var form = await CurrentFormAsync(editor, id);
        form["Form.Texts[en].Place"] = "Cebu";
        await PostEditAsync(editor, id, "Save", form);

        var page = await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/events/edit?id={id}"));
        page.QuerySelector("fieldset.language[lang=ja] .stale").Should().NotBeNull();

        form = await CurrentFormAsync(editor, id);
        form["Form.Texts[ja].Place"] = "セブ";
        await PostEditAsync(editor, id, "Save", form);
        (await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/events/edit?id={id}"))).QuerySelector(".stale").Should().BeNull();
    }

    [Fact]
    public async Task When_two_editors_change_the_same_field_of_an_event_the_second_chooses_and_nothing_is_lost()
    {
        var first = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var second = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example");
        await PostEditAsync(first, null, "Save", NewEvent());
        var id = await IdOfAsync("asean-japan-coral-reef-workshop");
        var firstForm = await CurrentFormAsync(first, id);
        var secondForm = await CurrentFormAsync(second, id);

        firstForm["Form.Texts[en].Summary"] = "Summary by the first editor.";
        (await PostEditAsync(first, id, "Save", firstForm)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        secondForm["Form.Texts[en].Summary"] = "Summary by the second editor.";
        var conflict = await PostEditAsync(second, id, "Save", secondForm);

        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var page = await HtmlPage.ParseAsync(conflict);
        page.QuerySelector(".conflict")!.TextContent.Should().Contain("Summary by the first editor.").And.Contain("Summary by the second editor.");
        page.QuerySelectorAll(".conflict legend").Select(legend => legend.TextContent).Should().Equal("Summary (English)");
        page.QuerySelector("textarea[name='Form.Texts[en].Summary']")!.TextContent.Should().Be("Summary by the first editor.", "theirs is preselected");
        await using (var db = Database.CreateContext())
        {
            (await db.Set<EventTranslation>().SingleAsync(t => t.EventId == id && t.Language == "en")).Summary.Should().Be("Summary by the first editor.");
        }

        // Keeping their own value from the conflict page (which carries the new version) saves it.
        var choice = EditForm.Read(page);
        choice["Resolutions[0].KeepMine"] = "true";
        (await PostEditAsync(second, id, "Save", choice)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var check = Database.CreateContext();
        (await check.Set<EventTranslation>().SingleAsync(t => t.EventId == id && t.Language == "en")).Summary.Should().Be("Summary by the second editor.");
    }

    [Fact]
    public async Task An_official_can_read_an_event_but_cannot_save_it()
    {
        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");
        var id = await IdOfAsync(SeededEvent);
        var version = await VersionOfAsync(id);

        var page = await HtmlPage.ParseAsync(await official.GetAsync($"/admin/events/edit?id={id}"));
        page.QuerySelector("fieldset.editor__body")!.HasAttribute("disabled").Should().BeTrue();
        page.QuerySelectorAll("button[formaction*='handler=Save']").Should().BeEmpty();
        ((IHtmlInputElement)page.QuerySelector("#Form_Texts_en_Place")!).Value.Should().Be("Jakarta");

        var fields = NewEvent();
        fields["Form.Slug"] = SeededEvent;
        fields["Version"] = version;
        var response = await PostEditAsync(official, id, "Save", fields);
        var archive = await PostEditAsync(official, id, "Archive", new() { ["Version"] = version });

        response.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
        archive.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
        await using var db = Database.CreateContext();
        var stored = await db.Events.Include(e => e.Translations).SingleAsync(e => e.Id == id);
        stored.Translations.Single(t => t.Language == "en").Name.Should().Be("Stakeholder Consultation with the ASEAN Dialogue Partners");
        stored.Publication.Should().Be(PublicationStatus.Published);
        stored.PendingChanges.Should().BeNull();
        (await db.Revisions.CountAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("q=Jakarta", true)]
    [InlineData("q=%E3%82%B8%E3%83%A3%E3%82%AB%E3%83%AB%E3%82%BF", true)]
    [InlineData("q=dialogue+partners&year=2024&publication=Published&sort=date", true)]
    [InlineData("year=2024&sort=name&page=-3", true)]
    [InlineData("year=2023", false)]
    [InlineData("q=Jakarta&publication=Draft", false)]
    [InlineData("q=100%25_", false)]
    public async Task Editors_find_the_jakarta_consultation_by_place_name_and_year(string query, bool found)
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        var response = await editor.GetAsync("/admin/events?" + query);
        var page = await HtmlPage.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var links = page.QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")).ToList();
        var expected = $"/admin/events/edit?id={await IdOfAsync(SeededEvent)}";
        if (found)
        {
            links.Should().Contain(expected);
        }
        else
        {
            links.Should().NotContain(expected);
        }
    }

    [Fact]
    public async Task The_year_filter_lists_only_events_of_that_year()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        var page = await HtmlPage.ParseAsync(await editor.GetAsync("/admin/events?year=2023&sort=date"));

        var dates = page.QuerySelectorAll("tbody tr time[datetime]").Select(t => t.GetAttribute("datetime")!).Where(d => !d.Contains('T', StringComparison.Ordinal)).ToList();
        dates.Should().NotBeEmpty().And.OnlyContain(d => d.StartsWith("2023", StringComparison.Ordinal));
        dates.Should().BeInDescendingOrder(StringComparer.Ordinal);
        page.QuerySelector("select[name=year] option[selected]")!.TextContent.Should().Be("2023");
    }
}
