using System.Globalization;
using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>Organisations and people through the shared editing workflow. Each test has its own database.</summary>
public sealed class OrganisationAndPersonEditingTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.Reviewer, StaffAccount.Official)
{
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, int? id, string handler, Dictionary<string, string> fields) =>
        BackOffice.PostFormAsync(client, "/admin", id is null ? $"{path}/edit?handler={handler}" : $"{path}/edit?id={id}&handler={handler}", fields);

    private async Task<(int Id, string Version)> RecordAsync(string table, string slug)
    {
        await using var db = Database.CreateContext();
        var record = table == "organisations"
            ? await db.Organisations.Where(o => o.Slug == slug).Select(o => new { o.Id, o.Version }).SingleAsync()
            : await db.People.Where(p => p.Slug == slug).Select(p => new { p.Id, p.Version }).SingleAsync();
        return (record.Id, record.Version.ToString(CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> NewOrganisation() => new()
    {
        ["Form.Texts[en].Name"] = "ASEAN-Japan Reef Institute",
        ["Form.Texts[en].Description"] = "A research institute for reefs.",
        ["Form.Texts[en].State"] = "Ready",
        ["Form.Texts[en].Publish"] = "true",
        ["Form.Texts[ja].Name"] = "日ASEANサンゴ礁研究所",
        ["Form.Texts[ja].State"] = "Ready",
        ["Form.Texts[ja].Publish"] = "true",
        ["Form.Acronym"] = "AJRI",
        ["Form.Kind"] = "ResearchInstitute",
        ["Form.CountryCode"] = "PH",
        ["Form.Website"] = "https://reefs.example.org/",
        ["Form.OriginalLanguage"] = "en",
    };

    [Fact]
    public async Task An_organisation_and_a_person_go_from_draft_to_the_public_pages_in_both_languages()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var visitor = Factory.CreateClient();

        (await PostAsync(editor, "/admin/organisations", null, "Submit", NewOrganisation())).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var organisation = await RecordAsync("organisations", "asean-japan-reef-institute");
        (await visitor.GetAsync("/en/organisations/asean-japan-reef-institute")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await PostAsync(reviewer, "/admin/organisations", organisation.Id, "Publish", new() { ["Version"] = organisation.Version })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await PostAsync(editor, "/admin/people", null, "Submit", new()
        {
            ["Form.Texts[en].Name"] = "SANTOS Maria",
            ["Form.Texts[en].Title"] = "Director, ASEAN-Japan Reef Institute",
            ["Form.Texts[en].Publish"] = "true",
            ["Form.Texts[ja].Name"] = "マリア・サントス",
            ["Form.Texts[ja].Title"] = "日ASEANサンゴ礁研究所 所長",
            ["Form.Texts[ja].Publish"] = "true",
            ["Form.OrganisationSlug"] = "asean-japan-reef-institute",
            ["Form.OriginalLanguage"] = "en",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var person = await RecordAsync("people", "santos-maria");
        (await PostAsync(reviewer, "/admin/people", person.Id, "Publish", new() { ["Version"] = person.Version })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var english = await HtmlPage.ParseAsync(await visitor.GetAsync("/en/organisations/asean-japan-reef-institute"));
        var japanese = await HtmlPage.ParseAsync(await visitor.GetAsync("/ja/organisations/asean-japan-reef-institute"));
        var personPage = await HtmlPage.ParseAsync(await visitor.GetAsync("/ja/people/santos-maria"));
        english.QuerySelector("h1")!.TextContent.Should().Be("ASEAN-Japan Reef Institute (AJRI)");
        english.QuerySelectorAll("a[rel~=external]").Select(a => a.GetAttribute("href")).Should().Contain("https://reefs.example.org/");
        japanese.QuerySelector("h1")!.TextContent.Should().StartWith("日ASEANサンゴ礁研究所");
        personPage.QuerySelector("h1")!.TextContent.Should().Be("マリア・サントス");
        personPage.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/ja/organisations/asean-japan-reef-institute");
    }

    [Fact]
    public async Task Bad_organisation_input_is_explained_next_to_each_field_and_nothing_is_saved()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var fields = NewOrganisation();
        fields["Form.Texts[en].Name"] = "";
        fields["Form.Slug"] = "jaif";
        fields["Form.Website"] = "javascript:alert(1)";
        fields["Form.CountryCode"] = "XX";
        fields["Form.Acronym"] = new string('A', 41);

        var response = await PostAsync(editor, "/admin/organisations", null, "Save", fields);
        var page = await HtmlPage.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("#Form_Texts_en_Name-error")!.TextContent.Should().Be("Please fill in this field.");
        page.QuerySelector("#Form_Slug-error")!.TextContent.Should().Be("Another record of this kind already uses this address.");
        page.QuerySelector("#Form_Website-error")!.TextContent.Should().Contain("https://");
        page.QuerySelector("#Form_CountryCode-error")!.TextContent.Should().Contain("no longer exists");
        page.QuerySelector("#Form_Acronym-error")!.TextContent.Should().Be("Please use at most 40 characters.");
        await using var db = Database.CreateContext();
        (await db.Organisations.CountAsync(o => o.Publication == PublicationStatus.Draft)).Should().Be(0);
    }

    [Fact]
    public async Task Changes_to_a_published_organisation_wait_for_review()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var eria = await RecordAsync("organisations", "eria");
        var page = await HtmlPage.ParseAsync(await editor.GetAsync($"/admin/organisations/edit?id={eria.Id}"));
        var fields = new Dictionary<string, string>
        {
            ["Version"] = eria.Version,
            ["Form.Slug"] = "eria",
            ["Form.Kind"] = "ResearchInstitute",
            ["Form.OriginalLanguage"] = "ja",
            ["Form.Texts[en].Name"] = page.QuerySelector("input[name='Form.Texts[en].Name']")!.GetAttribute("value")!,
            ["Form.Texts[en].Description"] = "A description waiting for review.",
            ["Form.Texts[en].Publish"] = "true",
            ["Form.Texts[ja].Name"] = page.QuerySelector("input[name='Form.Texts[ja].Name']")!.GetAttribute("value")!,
            ["Form.Texts[ja].Publish"] = "true",
        };

        (await PostAsync(editor, "/admin/organisations", eria.Id, "Submit", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Factory.CreateClient().GetStringAsync("/en/organisations/eria")).Should().NotContain("A description waiting for review.");

        var current = await RecordAsync("organisations", "eria");
        (await PostAsync(reviewer, "/admin/organisations", eria.Id, "Publish", new() { ["Version"] = current.Version })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Factory.CreateClient().GetStringAsync("/en/organisations/eria")).Should().Contain("A description waiting for review.");
    }

    [Fact]
    public async Task A_stale_version_of_a_person_is_refused_and_an_official_cannot_save_at_all()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");
        var chujo = await RecordAsync("people", "chujo-kazuo");
        var fields = new Dictionary<string, string>
        {
            ["Version"] = chujo.Version,
            ["Form.Slug"] = "chujo-kazuo",
            ["Form.OriginalLanguage"] = "en",
            ["Form.Texts[en].Name"] = "CHUJO Kazuo",
            ["Form.Texts[en].Title"] = "First editor's title",
            ["Form.Texts[en].Publish"] = "true",
        };
        (await PostAsync(editor, "/admin/people", chujo.Id, "Save", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        fields["Form.Texts[en].Title"] = "Second save from the old page";
        var conflict = await PostAsync(editor, "/admin/people", chujo.Id, "Save", fields);
        var denied = await PostAsync(official, "/admin/people", chujo.Id, "Save", fields);

        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await HtmlPage.ParseAsync(conflict)).QuerySelector(".conflict")!.TextContent.Should().Contain("First editor's title");
        denied.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
    }

    [Theory]
    [InlineData("/admin/organisations?q=eria", "Economic Research Institute for ASEAN and East Asia")]
    [InlineData("/admin/organisations?q=%E5%9B%BD%E9%9A%9B%E4%BA%A4%E6%B5%81%E5%9F%BA%E9%87%91&page=-1", "Japan Foundation")]
    [InlineData("/admin/people?q=Minister&publication=Published", "CHUJO Kazuo")]
    public async Task Editors_find_organisations_and_people_by_name_acronym_or_title(string path, string expected)
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        var page = await HtmlPage.ParseAsync(await editor.GetAsync(path));

        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).Should().Contain(name => name.Contains(expected));
    }
}
