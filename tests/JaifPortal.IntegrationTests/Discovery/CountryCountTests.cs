using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Areas.Discovery.Feeds;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Discovery;

/// <summary>
/// One rule for "an initiative in a country" (the view initiative_country_reach, ADR 26): it names the country, has a
/// milestone or a photo there, or covers all of ASEAN and the country is a Member State. The country page, the list's
/// country facet and filter, the feed, the API, the pillar dashboards and the country briefing pack agree.
/// </summary>
public partial class CountryCountTests(DiscoveryPortal portal) : IClassFixture<DiscoveryPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    private Task<IDocument> GetPageAsync(string path) => _client.GetPageAsync(path);

    private static int Number(string text) => int.Parse(LeadingNumber().Match(text).Value, CultureInfo.InvariantCulture);

    private async Task<int> PublishedRegionalCountAsync()
    {
        await using var db = portal.CreateContext();
        return await db.Initiatives.CountAsync(i => i.CoversAllAsean && i.Publication == PublicationStatus.Published);
    }

    private static int CountryPageTotal(IDocument page) =>
        page.QuerySelectorAll(".card h3 a").Count(a => a.GetAttribute("href")!.StartsWith("/en/initiatives/", StringComparison.Ordinal));

    [Fact]
    public async Task Brunei_lists_the_initiatives_there_then_every_regional_one_as_regional()
    {
        var regional = await PublishedRegionalCountAsync();
        var country = await GetPageAsync("/en/countries/brunei-darussalam");

        regional.Should().BeGreaterThan(40, "most of the Implementation Plan's initiatives cover all of ASEAN");
        country.QuerySelectorAll("section[aria-labelledby=initiatives-heading] .card h3 a").Select(a => a.GetAttribute("href")).Should()
            .BeEquivalentTo(["/en/initiatives/zephyrquill-beta", "/en/initiatives/zephyrquill-gamma"], "beta has a milestone in Brunei, gamma names it");
        country.QuerySelector("#regional-heading")!.TextContent.Should().Be($"Regional initiatives ({regional})");
        country.QuerySelectorAll(".regional-initiatives .card").Should().HaveCount(regional);
        var countries = await GetPageAsync("/en/countries");
        countries.QuerySelectorAll(".country-table tbody tr").Single(row => row.QuerySelector("th a")?.GetAttribute("href") == "/en/countries/brunei-darussalam")
            .QuerySelector("td")!.TextContent.Should().Be($"{regional + 2}", "no Member State shows 0 any more");
    }

    [Fact]
    public async Task A_photo_caption_places_its_initiative_in_the_country_it_names()
    {
        var vietNam = await GetPageAsync("/en/countries/viet-nam");

        vietNam.QuerySelectorAll("section[aria-labelledby=initiatives-heading] .card h3 a").Select(a => a.GetAttribute("href")).Should()
            .Contain(["/en/initiatives/nihongo-partners", "/en/initiatives/asean-japan-cybersecurity-capacity-building-support"]);
    }

    [Fact]
    public async Task For_every_country_the_country_page_the_facet_the_filtered_list_the_feed_the_api_the_dashboards_and_the_briefing_pack_agree()
    {
        var staff = await portal.OfficialAsync();
        var all = await GetPageAsync("/en/initiatives");
        var facet = all.QuerySelectorAll("details.facet").Single(f => f.QuerySelector("summary")!.TextContent == "Countries")
            .QuerySelectorAll("li").ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!.Split("country=")[1], li => Number(li.QuerySelector(".count")!.TextContent));
        using var countries = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/countries?pageSize=100"));

        foreach (var country in countries.RootElement.GetProperty("items").EnumerateArray())
        {
            var (code, slug) = (country.GetProperty("isoCode").GetString()!, country.GetProperty("slug").GetString()!);
            var count = CountryPageTotal(await GetPageAsync($"/en/countries/{slug}"));
            var filtered = await GetPageAsync($"/en/initiatives?country={code}");
            using var api = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/initiatives?country={code}&pageSize=100"));
            var feed = XDocument.Parse(await _client.GetStringAsync($"/en/feeds/initiatives.atom?country={code}"));
            var pack = await staff.GetPageAsync($"/en/briefings/countries/{slug}");

            Number(filtered.QuerySelector("p.count")!.TextContent).Should().Be(count, $"the list filtered by {code} agrees with its country page");
            facet.GetValueOrDefault(code).Should().Be(count, $"the facet value {code} agrees");
            api.RootElement.GetProperty("totalCount").GetInt32().Should().Be(count, $"the API filtered by {code} agrees");
            feed.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count().Should().Be(Math.Min(count, AtomFeed.MaxEntries), $"the feed of {code} agrees");
            var regionalInPack = pack.QuerySelector(".briefing__regional") is { } note ? Number(string.Concat(note.TextContent.SkipWhile(c => !char.IsAsciiDigit(c)))) : 0;
            var packFigure = pack.QuerySelectorAll(".headline-figures div").Single(figure => figure.QuerySelector("dt")!.TextContent == "Initiatives");
            (Number(packFigure.QuerySelector("dd")!.TextContent) + regionalInPack)
                .Should().Be(count, $"the briefing pack of {code} agrees: those it summarises and the regional ones it counts");
            foreach (var pillar in new[] { 1, 2, 3 })
            {
                var dashboard = await staff.GetPageAsync($"/en/dashboards/{pillar}?country={code}");
                var list = await GetPageAsync($"/en/initiatives?country={code}&pillar={PillarSlugs[pillar]}");
                Number(DashboardTotal().Match(dashboard.Body!.TextContent).Value).Should().Be(Number(list.QuerySelector("p.count")!.TextContent),
                    $"pillar {pillar}'s dashboard for {code} agrees with the list");
            }
        }
    }

    private static readonly Dictionary<int, string> PillarSlugs = new()
    {
        [1] = "heart-to-heart-partners-across-generations",
        [2] = DiscoveryPortal.CoCreationPillar,
        [3] = DiscoveryPortal.PeacePillar,
    };

    [GeneratedRegex(@"\d+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\d+ published initiatives?\.")]
    private static partial Regex DashboardTotal();
}
