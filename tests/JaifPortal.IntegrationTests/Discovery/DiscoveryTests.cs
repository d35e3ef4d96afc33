using System.Xml.Linq;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Discovery;

/// <summary>What search engines and link previews read: sitemap, robots.txt and Open Graph metadata.</summary>
public class DiscoveryTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task The_sitemap_lists_every_published_page_in_both_languages_with_its_alternates()
    {
        var response = await _client.GetAsync("/sitemap.xml");
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        var urls = sitemap.Root!.Elements(Sitemaps + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        locations.Should().Contain(["http://localhost/en/initiatives/sseayp", "http://localhost/ja/initiatives/sseayp",
            "http://localhost/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024", "http://localhost/ja/areas/space", "http://localhost/en"]);
        locations.Should().OnlyHaveUniqueItems();
        var sseayp = urls.Single(u => u.Element(Sitemaps + "loc")!.Value == "http://localhost/en/initiatives/sseayp");
        sseayp.Elements(Xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value))
            .Should().BeEquivalentTo([("en", "http://localhost/en/initiatives/sseayp"), ("ja", "http://localhost/ja/initiatives/sseayp")]);
        sseayp.Element(Sitemaps + "lastmod")!.Value.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
        locations.Should().NotContain(l => l.Contains("/admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_keep_crawlers_out_of_the_back_office_and_point_to_the_sitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt");

        robots.Should().Contain("Disallow: /admin").And.Contain("Sitemap: http://localhost/sitemap.xml");
    }

    [Fact]
    public async Task Record_pages_carry_open_graph_and_twitter_card_metadata_in_their_language()
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync("/ja/initiatives/azec"));

        string Meta(string property) => page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")!.GetAttribute("content")!;
        Meta("og:title").Should().Be("アジア・ゼロエミッション共同体");
        Meta("og:type").Should().Be("article");
        Meta("og:url").Should().Be("http://localhost/ja/initiatives/azec");
        Meta("og:locale").Should().Be("ja_JP");
        Meta("og:description").Should().NotBeNullOrWhiteSpace();
        Meta("twitter:card").Should().Be("summary");
    }
}
