using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>
/// Administrators keep the About and Contact pages (ADR 30) and the countries (ADR 26): a save goes live at once, with a
/// revision; anyone else is refused on the server. Each test has its own database.
/// </summary>
public sealed class SiteEditingTests() : PortalPerTest(StaffAccount.Administrator, StaffAccount.Editor)
{
    private async Task<int> SitePageIdAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.SitePages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
    }

    private async Task<int> CountryIdAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Countries.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string path, Dictionary<string, string> fields) =>
        BackOffice.PostFormAsync(client, "/admin", path + "&handler=Save", fields);

    [Fact]
    public async Task An_administrator_edits_contact_and_the_public_page_shows_it_on_the_next_request()
    {
        var visitor = Factory.CreateClient();
        (await visitor.GetStringAsync("/en/contact")).Should().NotContain("JMT's new address", "the page is read (and kept) before the change");
        var admin = await BackOffice.SignedInClientAsync(Factory, StaffAccount.Administrator.Email);
        var path = $"/admin/site/page?id={await SitePageIdAsync(SitePage.Contact)}";
        var fields = await EditForm.ReadAsync(admin, path);
        fields["Form.Texts[en].Body"] = "Write to **JMT's new address**.";
        fields["Form.Texts[ja].Body"] = "JMTの新しい宛先にご連絡ください。<script>alert(1)</script>";

        var response = await SaveAsync(admin, path, fields);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await visitor.GetPageAsync("/en/contact")).QuerySelector(".prose strong")!.TextContent.Should().Be("JMT's new address");
        var japanese = await visitor.GetStringAsync("/ja/contact");
        japanese.Should().Contain("JMTの新しい宛先にご連絡ください。").And.NotContain("<script>", "raw HTML is off");
        await using var db = Database.CreateContext();
        (await db.Revisions.SingleAsync(r => r.RecordType == RecordTypes.SitePage)).UserEmail.Should().Be(StaffAccount.Administrator.Email);
    }

    [Fact]
    public async Task The_history_of_a_site_page_and_of_a_country_is_headed_by_its_own_name()
    {
        var admin = await BackOffice.SignedInClientAsync(Factory, StaffAccount.Administrator.Email);

        var page = await admin.GetPageAsync($"/admin/history?type={RecordTypes.SitePage}&id={await SitePageIdAsync(SitePage.Contact)}");
        var country = await admin.GetPageAsync($"/admin/history?type={RecordTypes.Country}&id={await CountryIdAsync("timor-leste")}");

        page.QuerySelector("h1")!.TextContent.Should().Be("History: Contact");
        country.QuerySelector("h1")!.TextContent.Should().Be("History: Timor-Leste");
    }

    [Fact]
    public async Task An_editor_may_neither_open_nor_save_a_site_page_or_a_country()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, StaffAccount.Editor.Email);
        var id = await SitePageIdAsync(SitePage.Contact);
        var token = await BackOffice.AntiforgeryTokenAsync(editor, "/admin");

        var page = await editor.GetAsync($"/admin/site/page?id={id}");
        var country = await editor.GetAsync($"/admin/site/country?id={await CountryIdAsync("timor-leste")}");
        var save = await editor.PostAsync($"/admin/site/page?id={id}&handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Texts[en].Title"] = "Contact",
            ["Form.Texts[en].Body"] = "Defaced.",
            ["__RequestVerificationToken"] = token,
        }));

        foreach (var refused in new[] { page, country, save })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
            refused.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied?ReturnUrl=");
        }

        (await Factory.CreateClient().GetStringAsync("/en/contact")).Should().NotContain("Defaced.");
        (await editor.GetStringAsync("/admin")).Should().NotContain("/admin/site");
    }

    [Fact]
    public async Task An_administrator_changes_a_country_name_and_a_bad_date_is_explained_with_nothing_saved()
    {
        var admin = await BackOffice.SignedInClientAsync(Factory, StaffAccount.Administrator.Email);
        var path = $"/admin/site/country?id={await CountryIdAsync("timor-leste")}";
        var fields = await EditForm.ReadAsync(admin, path);
        fields["Form.MemberSince"].Should().Be("2025-10-26");
        fields["Form.Group"].Should().Be(nameof(CountryGroup.AseanMemberState));
        fields["Form.Texts[ja].Name"] = "東ティモール民主共和国";
        fields["Form.MemberSince"] = "26 October 2025";

        var refused = await SaveAsync(admin, path, fields);

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(refused)).QuerySelector("#Form_MemberSince-error")!.TextContent.Should().Contain("2025-10-26");
        (await Factory.CreateClient().GetStringAsync("/ja/countries/timor-leste")).Should().NotContain("東ティモール民主共和国");

        fields["Form.MemberSince"] = "2025-10-26";
        (await SaveAsync(admin, path, fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Factory.CreateClient().GetPageAsync("/ja/countries/timor-leste")).QuerySelector("h1")!.TextContent.Should().Be("東ティモール民主共和国");
        await using var db = Database.CreateContext();
        (await db.Revisions.CountAsync(r => r.RecordType == RecordTypes.Country)).Should().Be(1);
    }
}
