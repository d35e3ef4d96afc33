using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Discovery;

/// <summary>
/// An initiative counts for a country when it is linked to it or has a milestone there: the map, the
/// country list, the country page, the list's country facet and filter, the feed and the API agree.
/// </summary>
public class CountryCountTests(DiscoveryPortal portal) : IClassFixture<DiscoveryPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    private Task<IDocument> GetPageAsync(string path) => _client.GetPageAsync(path);

    private static int Number(string text) => int.Parse(text.Trim('(', ')'), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Brunei_counts_the_initiative_that_only_has_a_milestone_there_on_every_page_that_counts()
    {
        var countries = await GetPageAsync("/en/countries");
        var country = await GetPageAsync("/en/countries/brunei-darussalam");
        var list = await GetPageAsync("/en/initiatives?country=BN");

        var tile = countries.QuerySelectorAll("figure.country-map svg a").Single(a => a.GetAttribute("href") == "/en/countries/brunei-darussalam");
        tile.QuerySelector(".country-map__count")!.TextContent.Should().Be("2", "beta has only a milestone in Brunei, gamma is linked to it");
        countries.QuerySelectorAll(".card").Single(card => card.QuerySelector("a")!.GetAttribute("href") == "/en/countries/brunei-darussalam")
            .QuerySelector(".card__meta")!.TextContent.Should().Be("2 initiatives");
        country.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).Should()
            .BeEquivalentTo(["/en/initiatives/zephyrquill-beta", "/en/initiatives/zephyrquill-gamma"]);
        list.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).Should()
            .BeEquivalentTo(["/en/initiatives/zephyrquill-beta", "/en/initiatives/zephyrquill-gamma"]);
    }

    [Fact]
    public async Task For_every_country_the_map_the_country_page_the_facet_the_filtered_list_the_feed_and_the_api_agree()
    {
        var countries = await GetPageAsync("/en/countries");
        var all = await GetPageAsync("/en/initiatives");
        var facet = all.QuerySelectorAll("details.facet").Single(f => f.QuerySelector("summary")!.TextContent == "Countries")
            .QuerySelectorAll("li").ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!.Split("country=")[1], li => Number(li.QuerySelector(".count")!.TextContent));
        var tiles = countries.QuerySelectorAll("figure.country-map svg a").ToList();

        tiles.Should().HaveCount(12);
        foreach (var tile in tiles)
        {
            var code = tile.QuerySelector(".country-map__code")!.TextContent;
            var mapCount = Number(tile.QuerySelector(".country-map__count")!.TextContent);
            var countryPage = await GetPageAsync(tile.GetAttribute("href")!);
            var filtered = await GetPageAsync($"/en/initiatives?country={code}");
            using var api = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/initiatives?country={code}&pageSize=100"));
            var feed = XDocument.Parse(await _client.GetStringAsync($"/en/feeds/initiatives.atom?country={code}"));

            countryPage.QuerySelectorAll(".card h3 a").Count(a => a.GetAttribute("href")!.StartsWith("/en/initiatives/", StringComparison.Ordinal))
                .Should().Be(mapCount, $"the country page of {code} lists what its tile counts");
            Number(filtered.QuerySelector("p.count")!.TextContent.Split(' ')[0]).Should().Be(mapCount, $"the list filtered by {code} agrees");
            facet.GetValueOrDefault(code).Should().Be(mapCount, $"the facet value {code} agrees");
            api.RootElement.GetProperty("totalCount").GetInt32().Should().Be(mapCount, $"the API filtered by {code} agrees");
            feed.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count().Should().Be(mapCount, $"the feed of {code} agrees");
        }
    }
}
