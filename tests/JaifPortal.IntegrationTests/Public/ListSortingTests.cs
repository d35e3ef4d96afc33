using System.Globalization;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>The initiative and event lists sorted by the reader (?sort=), without script, the order kept while paging and filtering.</summary>
public class ListSortingTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    private static List<string> InitiativeNames(IDocument page) =>
        [.. page.QuerySelectorAll(".cards .card h3 a").Select(a => a.TextContent)];

    private static List<string> EventNames(IDocument page) =>
        [.. page.QuerySelectorAll(".event-list li a").Select(a => a.TextContent)];

    [Theory]
    [InlineData("en", "en-GB")]
    [InlineData("ja", "ja-JP")]
    public async Task Initiatives_sorted_by_name_follow_the_readers_language(string lang, string culture)
    {
        var planOrder = InitiativeNames(await _client.GetPageAsync($"/{lang}/initiatives"));
        var byName = InitiativeNames(await _client.GetPageAsync($"/{lang}/initiatives?sort=name"));

        byName.Should().HaveCount(20).And.BeInAscendingOrder(StringComparer.Create(CultureInfo.GetCultureInfo(culture), CompareOptions.IgnoreSymbols));
        byName.Should().NotEqual(planOrder, "the output cache keeps the sorted list apart from the plan's order");
    }

    [Fact]
    public async Task A_name_in_brackets_sorts_by_its_words_not_before_every_other_name()
    {
        var byName = InitiativeNames(await _client.GetPageAsync("/ja/initiatives?sort=name"));

        byName.Should().NotContain("「ビジネスと人権」に関する共同研究", "it sorts under ビ, among the kana, after the names in Latin letters");
        byName[0].Should().StartWith("A");
    }

    [Fact]
    public async Task The_order_is_kept_by_the_pager_and_the_facets_and_choosing_an_order_keeps_the_filters_on_the_first_page()
    {
        var page = await _client.GetPageAsync("/en/initiatives?sort=name&page=2");

        page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href").Should().Contain("sort=name").And.Contain("page=3");
        page.QuerySelectorAll(".facets a").Select(a => a.GetAttribute("href")).Should().OnlyContain(href => href!.Contains("sort=name"));
        var filtered = await _client.GetPageAsync("/en/initiatives?pillar=partners-for-peace-and-stability&page=2&sort=name");
        var orders = filtered.QuerySelectorAll(".sort-control a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        orders.Should().ContainKey("Recently added").WhoseValue.Should().Be("/en/initiatives?pillar=partners-for-peace-and-stability&sort=newest");
        orders["Plan order"].Should().Be("/en/initiatives?pillar=partners-for-peace-and-stability", "the default order has no value in the address");
        filtered.QuerySelector(".sort-control [aria-current]")!.TextContent.Should().Be("Name");
    }

    [Fact]
    public async Task Events_are_latest_first_by_default_and_can_be_sorted_by_name()
    {
        var latest = await _client.GetPageAsync("/ja/events");
        var byName = EventNames(await _client.GetPageAsync("/ja/events?sort=name"));

        latest.QuerySelector(".sort-control [aria-current]")!.TextContent.Should().Be("開始日の新しい順");
        byName.Should().BeInAscendingOrder(StringComparer.Create(CultureInfo.GetCultureInfo("ja-JP"), CompareOptions.IgnoreSymbols))
            .And.NotEqual(EventNames(latest));
    }

    [Fact]
    public async Task An_unknown_order_is_the_default_one()
    {
        var plain = InitiativeNames(await _client.GetPageAsync("/en/initiatives"));

        InitiativeNames(await _client.GetPageAsync("/en/initiatives?sort=%00nonsense")).Should().Equal(plain);
    }
}
