using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Operations;

/// <summary>
/// Public answers served from ASP.NET Core's output cache: a copy is recognisable by its Age header, which only
/// answers from the cache carry. Each test has its own database, since most change the content.
/// </summary>
public sealed class PublicCacheTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.Reviewer)
{
    private const string Jenesys = "/en/initiatives/jenesys";


    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Fact]
    public async Task A_second_anonymous_request_is_served_from_the_cache_with_the_same_bytes()
    {
        var visitor = BackOffice.NewClient(Factory);

        var first = await visitor.GetAsync(Jenesys);
        var second = await visitor.GetAsync(Jenesys);

        FromCache(first).Should().BeFalse("the first request computes the page");
        FromCache(second).Should().BeTrue();
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        second.Headers.ETag.Should().Be(first.Headers.ETag);
    }

    [Fact]
    public async Task The_request_log_has_a_line_for_each_computed_answer_and_none_for_a_copy()
    {
        var visitor = BackOffice.NewClient(Factory);
        static bool Jenesys200(string line) => line.StartsWith("HTTP GET /en/initiatives/jenesys responded 200", StringComparison.Ordinal);

        await visitor.GetAsync(Jenesys);
        await Factory.Logs.LoggedAsync(Jenesys200, "the computed page is logged");
        FromCache(await visitor.GetAsync(Jenesys)).Should().BeTrue();
        await visitor.GetAsync("/en/initiatives/no-such-initiative");
        await Factory.Logs.LoggedAsync(line => line.Contains("/en/initiatives/no-such-initiative responded 404", StringComparison.Ordinal), "a 404 is logged");

        Factory.Logs.Messages.Count(Jenesys200).Should().Be(1, "the copy is left to nginx's access log");
    }

    [Fact]
    public async Task Query_keys_a_page_does_not_read_share_its_copy_while_a_repeated_key_counts_with_its_first_value()
    {
        var visitor = BackOffice.NewClient(Factory);
        await visitor.GetAsync(Jenesys);

        FromCache(await visitor.GetAsync(Jenesys + "?utm_source=newsletter&junk=1")).Should().BeTrue("keys the page never reads must not add copies");

        var vietNamFirst = await visitor.GetPageAsync("/en/initiatives?country=VN&country=TH");
        var thailandFirst = await visitor.GetAsync("/en/initiatives?country=TH&country=VN");
        FromCache(thailandFirst).Should().BeFalse("the page reads the first value, so the other order is another page");
        var thailand = await HtmlPage.ParseAsync(thailandFirst);
        vietNamFirst.QuerySelector(".chips a.chip strong")!.TextContent.Should().Be("Viet Nam");
        thailand.QuerySelector(".chips a.chip strong")!.TextContent.Should().Be("Thailand");
    }

    [Fact]
    public async Task A_publication_an_edit_and_an_archive_each_show_on_the_next_anonymous_request()
    {
        var visitor = BackOffice.NewClient(Factory);
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        const string List = "/en/initiatives?status=Planned";
        await CachedAsync(visitor, List);
        await CachedAsync(visitor, Jenesys);

        // A publication: a reviewer publishes an editor's new initiative.
        (await PostEditAsync(editor, null, "Save", new()
        {
            ["Form.Texts[en].Name"] = "Quokka Reef Watch",
            ["Form.Texts[en].State"] = "Ready",
            ["Form.Texts[en].Publish"] = "true",
            ["Form.OriginalLanguage"] = "en",
            ["Form.Kind"] = "Project",
            ["Form.Status"] = "Planned",
            ["Form.AreaSlugs"] = "environment",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var quokka = await IdOfAsync("quokka-reef-watch");
        await PostEditAsync(editor, quokka, "Submit", await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={quokka}"));
        await PublishAsync(reviewer, quokka);
        (await visitor.GetStringAsync(List)).Should().Contain("Quokka Reef Watch");

        // An edit of a published record: the rename waits for review, then shows once published.
        var jenesys = await IdOfAsync("jenesys");
        var form = await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={jenesys}");
        form["Form.Texts[en].Name"] = "JENESYS, renamed";
        (await PostEditAsync(editor, jenesys, "Save", form)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await PostEditAsync(editor, jenesys, "Submit", await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={jenesys}"));
        (await visitor.GetPageAsync(Jenesys)).QuerySelector("h1")!.TextContent.Should().NotBe("JENESYS, renamed", "a pending change is not public yet");
        await PublishAsync(reviewer, jenesys);
        (await visitor.GetPageAsync(Jenesys)).QuerySelector("h1")!.TextContent.Should().Be("JENESYS, renamed");

        // An archive: the record leaves the public site.
        await PostEditAsync(editor, jenesys, "Archive", new() { ["Version"] = await VersionOfAsync(jenesys) });
        (await visitor.GetAsync(Jenesys)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_change_written_outside_the_portal_shows_within_a_second()
    {
        var visitor = BackOffice.NewClient(Factory);
        await CachedAsync(visitor, Jenesys);

        await using (var db = Database.CreateContext())
        {
            var english = await db.Set<InitiativeTranslation>()
                .SingleAsync(t => t.Language == ContentLanguage.English && db.Initiatives.Any(i => i.Id == t.InitiativeId && i.Slug == "jenesys"));
            english.Name = "JENESYS, as another process wrote it";
            await db.SaveChangesAsync();
        }

        await Eventually.HoldsAsync(
            async () => (await visitor.GetPageAsync(Jenesys)).QuerySelector("h1")!.TextContent == "JENESYS, as another process wrote it",
            "the page shows the name written by another process",
            seconds: 1);
    }

    [Fact]
    public async Task Signed_in_staff_admin_pages_previews_dashboards_and_errors_are_never_kept()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var visitor = BackOffice.NewClient(Factory);
        var jenesys = await IdOfAsync("jenesys");

        foreach (var path in new[] { Jenesys, "/admin", "/admin/initiatives", $"/admin/initiatives/preview?id={jenesys}", "/en/dashboards/1" })
        {
            (await editor.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
            FromCache(await editor.GetAsync(path)).Should().BeFalse($"{path} is computed for a signed-in editor every time");
        }

        FromCache(await visitor.GetAsync(Jenesys)).Should().BeFalse("what was computed for an editor is not kept for anyone");
        foreach (var path in new[] { "/en/initiatives/no-such-initiative", "/en/no-such-page" })
        {
            await visitor.GetAsync(path);
            var again = await visitor.GetAsync(path);
            again.StatusCode.Should().Be(HttpStatusCode.NotFound);
            FromCache(again).Should().BeFalse("errors are never kept");
        }
    }

    [Fact]
    public async Task A_visitor_holding_the_page_gets_304_from_the_cache_and_from_a_computed_answer()
    {
        await using var uncached = new PortalFactory(Database.ConnectionString, new Dictionary<string, string> { ["Portal:OutputCache:Enabled"] = "false" });
        foreach (var factory in new[] { Factory, uncached })
        {
            var visitor = BackOffice.NewClient(factory);
            var first = await visitor.GetAsync(Jenesys);
            first.Headers.ETag.Should().NotBeNull();

            using var request = new HttpRequestMessage(HttpMethod.Get, Jenesys);
            request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            var again = await visitor.SendAsync(request);

            again.StatusCode.Should().Be(HttpStatusCode.NotModified);
            (await again.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Switched_off_by_configuration_every_answer_is_computed()
    {
        await using var uncached = new PortalFactory(Database.ConnectionString, new Dictionary<string, string> { ["Portal:OutputCache:Enabled"] = "false" });
        var visitor = BackOffice.NewClient(uncached);

        await visitor.GetAsync(Jenesys);

        FromCache(await visitor.GetAsync(Jenesys)).Should().BeFalse();
    }

    [Fact]
    public async Task Twenty_requests_at_once_on_a_pool_of_two_connections_all_complete()
    {
        await using var small = new PortalFactory(Database.ConnectionString, new Dictionary<string, string>
        {
            ["Portal:OutputCache:Enabled"] = "false",
            ["Database:MaxPoolSize"] = "2",
        });
        var visitor = BackOffice.NewClient(small);
        string[] pages = ["/en", "/en/initiatives", "/en/initiatives?country=VN&page=2", Jenesys, "/ja/pillars/partners-for-peace-and-stability"];

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => visitor.GetAsync(pages[i % pages.Length])));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        small.Logs.Errors.Should().BeEmpty();
    }

    private static async Task CachedAsync(HttpClient visitor, string path)
    {
        await visitor.GetAsync(path);
        FromCache(await visitor.GetAsync(path)).Should().BeTrue($"{path} is served from the cache before the change");
    }

    private async Task PublishAsync(HttpClient reviewer, int id) =>
        (await PostEditAsync(reviewer, id, "Publish", new() { ["Version"] = await VersionOfAsync(id) })).StatusCode.Should().Be(HttpStatusCode.Redirect);

    private static Task<HttpResponseMessage> PostEditAsync(HttpClient client, int? id, string handler, Dictionary<string, string> fields) =>
        BackOffice.PostFormAsync(client, "/admin", id is null ? $"/admin/initiatives/edit?handler={handler}" : $"/admin/initiatives/edit?id={id}&handler={handler}", fields);

    private async Task<int> IdOfAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync();
    }

    private async Task<string> VersionOfAsync(int id)
    {
        await using var db = Database.CreateContext();
        return (await db.Initiatives.Where(i => i.Id == id).Select(i => i.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
