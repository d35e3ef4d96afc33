using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>
/// The live preview beside a record editor's Markdown fields: the posted text rendered by the portal's own renderer, as the
/// public pages show it, for editors only.
/// </summary>
public sealed class MarkdownPreviewTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.Official, StaffAccount.Administrator)
{
    private const string EditPage = "/admin/initiatives/edit";

    private static Task<HttpResponseMessage> PreviewAsync(HttpClient client, string text, string page = EditPage) =>
        BackOffice.PostFormAsync(client, page, $"{page}{(page.Contains('?') ? '&' : '?')}handler=MarkdownPreview", new() { ["text"] = text });

    [Fact]
    public async Task The_preview_renders_Markdown_as_the_public_pages_do_and_shows_raw_HTML_as_text()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        var response = await PreviewAsync(editor, "## 成果\n\n- Surveys in **three** countries\n- [Report](https://example.org/report)\n\n<script>alert(1)</script> [bad](javascript:alert(1))");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<h2>成果</h2>")
            .And.Contain("<li>Surveys in <strong>three</strong> countries</li>")
            .And.Contain("<a href=\"https://example.org/report\">Report</a>")
            .And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;")
            .And.NotContain("<script")
            .And.NotContain("javascript:");

        (await (await PreviewAsync(editor, "")).Content.ReadAsStringAsync()).Should().BeEmpty();
        var events = await PreviewAsync(editor, "**outcome**", "/admin/events/edit");
        (await events.Content.ReadAsStringAsync()).Should().Contain("<strong>outcome</strong>", "every record editor previews its Markdown fields");
    }

    [Fact]
    public async Task Anyone_who_may_not_edit_is_refused_and_a_text_longer_than_any_field_takes_is_a_bad_request()
    {
        var anonymous = BackOffice.NewClient(Factory);
        var asAnonymous = await anonymous.PostAsync($"{EditPage}?handler=MarkdownPreview", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "**x**" }));
        asAnonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        asAnonymous.Headers.Location!.OriginalString.Should().Contain("/admin/sign-in");

        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");
        var asOfficial = await PreviewAsync(official, "**x**");
        asOfficial.StatusCode.Should().Be(HttpStatusCode.Redirect);
        asOfficial.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");

        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var withoutToken = await editor.PostAsync($"{EditPage}?handler=MarkdownPreview", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "**x**" }));
        withoutToken.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the preview is a POST and carries the form's antiforgery token");

        var tooLong = await PreviewAsync(editor, new string('a', 40_001));
        tooLong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tooLong.Content.ReadAsStringAsync()).Should().StartWith("Please use at most");
    }

    [Fact]
    public async Task The_structure_and_site_page_editors_preview_for_those_who_may_save_them()
    {
        int pillar, contact;
        await using (var db = Database.CreateContext())
        {
            pillar = await db.Pillars.OrderBy(p => p.Number).Select(p => p.Id).FirstAsync();
            contact = await db.SitePages.Where(p => p.Slug == SitePage.Contact).Select(p => p.Id).SingleAsync();
        }

        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        (await (await PreviewAsync(editor, "- **pillar**", $"/admin/structure/pillar?id={pillar}")).Content.ReadAsStringAsync())
            .Should().Be("<ul>\n<li><strong>pillar</strong></li>\n</ul>\n");

        var sitePage = $"/admin/site/page?id={contact}";
        var administrator = await BackOffice.SignedInClientAsync(Factory, "admin@jmt.example");
        (await (await PreviewAsync(administrator, "## お問い合わせ", sitePage)).Content.ReadAsStringAsync()).Should().Be("<h2>お問い合わせ</h2>\n");
        // The editor cannot open the page, so their token comes from the back office's home.
        (await BackOffice.PostFormAsync(editor, "/admin", $"{sitePage}&handler=MarkdownPreview", new() { ["text"] = "## Contact" })).Headers.Location!.OriginalString.Should().Contain("/admin/access-denied", "only administrators change the site's pages");
    }
}
