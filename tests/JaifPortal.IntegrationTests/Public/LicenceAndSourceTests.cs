using System.Text.Json;
using System.Xml.Linq;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>Every public page states the licence for reuse (from configuration) and its source document.</summary>
public class LicenceAndSourceTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private const string CcBy = "https://creativecommons.org/licenses/by/4.0/";

    private const string PlanOverview = "implementation-plan-overview-2024";

    private const string JaifNews = "jaif-news-ascc-stakeholder-consultation-2024";

    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("/en", "en", PlanOverview)]
    [InlineData("/ja/pillars/partners-for-peace-and-stability", "ja", PlanOverview)]
    [InlineData("/en/areas/space", "en", PlanOverview)]
    [InlineData("/ja/initiatives/sseayp", "ja", PlanOverview)]
    [InlineData("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024", "en", JaifNews)]
    [InlineData("/ja/organisations/jaif", "ja", JaifNews)]
    [InlineData("/en/people/chujo-kazuo", "en", JaifNews)]
    [InlineData("/en/initiatives?pillar=partners-for-peace-and-stability", "en", null)]
    [InlineData("/ja/events", "ja", null)]
    [InlineData("/en/organisations", "en", null)]
    [InlineData("/ja/countries", "ja", null)]
    [InlineData("/en/countries/japan", "en", null)]
    [InlineData("/ja/search?q=ASEAN", "ja", null)]
    [InlineData("/en/sources", "en", null)]
    [InlineData("/ja/no-such-page", "ja", null)]
    public async Task Every_public_page_states_the_licence_in_its_language_and_its_source(string path, string lang, string? source)
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync(path));

        var footer = page.QuerySelector("footer.site-footer")!;
        var licence = footer.QuerySelector("a[rel=license]")!;
        licence.GetAttribute("href").Should().Be(CcBy);
        licence.TextContent.Should().Be("CC BY 4.0");
        footer.QuerySelector(".site-footer__licence")!.TextContent.Should().Contain(lang == "ja"
            ? "ライセンス：CC BY 4.0。本ポータルの文章とデータは"
            : "Licence: CC BY 4.0. You may reuse the text and data of this portal");
        var sourceLinks = footer.QuerySelectorAll(".site-footer__source a").Select(a => a.GetAttribute("href")).ToList();
        sourceLinks.Should().Contain($"/{lang}/sources", "every page links to the portal's source documents");
        if (source is null)
        {
            sourceLinks.Should().HaveCount(1);
        }
        else
        {
            sourceLinks.Should().Contain($"/{lang}/sources/{source}", "a record's page names its own source document and links to its text");
            footer.QuerySelector(".site-footer__source cite")!.TextContent.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task The_sources_page_lists_each_source_document_with_its_title_publisher_date_and_file()
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync("/ja/sources"));

        page.QuerySelector("h1")!.TextContent.Should().Be("出典資料");
        var news = page.QuerySelector($"#{JaifNews}")!;
        news.QuerySelector("cite")!.TextContent.Should().Be("ASEAN日本政府代表部とJAIF管理チーム、ASEAN対話国とのステークホルダー協議に出席");
        news.QuerySelectorAll("dd").Select(dd => dd.TextContent).Should().Equal("JAIF管理チーム（JMT）", "2024年", "000_baad359f2d30886e.txt");
        news.QuerySelector(".card__meta")!.TextContent.Should().Contain("イベント1件");
        page.QuerySelector($"#{PlanOverview} cite")!.TextContent.Should().StartWith("日ASEAN友好協力に関する共同ビジョン・ステートメント2023");
    }

    [Fact]
    public async Task The_api_and_the_feeds_carry_the_licence()
    {
        using var openApi = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var api = await _client.GetAsync("/api/v1/pillars");
        var feed = XDocument.Parse(await _client.GetStringAsync("/ja/feeds/events.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var licence = openApi.RootElement.GetProperty("info").GetProperty("license");
        (licence.GetProperty("name").GetString(), licence.GetProperty("url").GetString()).Should().Be(("CC BY 4.0", CcBy));
        api.Headers.GetValues("Link").Should().Contain($"<{CcBy}>; rel=\"license\"");
        feed.Root!.Element(atom + "rights")!.Value.Should().StartWith("本ポータルの文章とデータは").And.Contain(CcBy);
        feed.Root.Elements(atom + "link").Should().Contain(link => (string?)link.Attribute("rel") == "license" && (string?)link.Attribute("href") == CcBy);
    }
}

/// <summary>The licence is JMT's choice: configuration changes it everywhere, and a broken one stops the portal at start-up.</summary>
public class LicenceConfigurationTests
{
    [Fact]
    public async Task A_configured_licence_replaces_the_default_on_pages_and_in_the_api()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString, new Dictionary<string, string>
        {
            ["Portal:ContentLicence:Name"] = "JMT Terms of Use",
            ["Portal:ContentLicence:Url"] = "https://jaif.example/terms",
            ["Portal:ContentLicence:Statement:en"] = "Reuse is allowed with credit to the JMT.",
            ["Portal:ContentLicence:Statement:ja"] = "JMTを明記すれば再利用できます。",
        });
        using var client = factory.CreateClient();

        var english = await HtmlPage.ParseAsync(await client.GetAsync("/en/initiatives"));
        var japanese = await HtmlPage.ParseAsync(await client.GetAsync("/ja/initiatives"));
        var api = await client.GetAsync("/api/v1/pillars");

        english.QuerySelector(".site-footer__licence")!.TextContent.Should().Be("Licence: JMT Terms of Use. Reuse is allowed with credit to the JMT.");
        japanese.QuerySelector(".site-footer__licence")!.TextContent.Should().Be("ライセンス：JMT Terms of Use。JMTを明記すれば再利用できます。");
        english.QuerySelector("a[rel=license]")!.GetAttribute("href").Should().Be("https://jaif.example/terms");
        api.Headers.GetValues("Link").Should().Contain("<https://jaif.example/terms>; rel=\"license\"");
    }

    [Theory]
    [InlineData("Portal:ContentLicence:Statement:ja", "", "Portal:ContentLicence:Statement:ja is empty")]
    [InlineData("Portal:ContentLicence:Name", " ", "Portal:ContentLicence:Name is empty")]
    [InlineData("Portal:ContentLicence:Url", "javascript:alert(1)", "is not an absolute http(s) address")]
    public async Task A_licence_with_a_missing_or_broken_part_stops_the_portal_at_start_up_naming_the_setting(string key, string value, string message)
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString, new Dictionary<string, string> { [key] = value });

        var start = () => factory.CreateClient();

        start.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().Which.Message.Should().Contain(message);
    }
}
