using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Discovery;

/// <summary>Two-character queries are too short for trigram indexes and are answered from the character-pair indexes instead.</summary>
public class TwoCharacterSearchTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    private async Task<IReadOnlyList<string?>> LinksAsync(string lang, string query, string kind)
    {
        var response = await _client.GetAsync($"/{lang}/search?q={Uri.EscapeDataString(query)}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        return [.. page.QuerySelectorAll($"#results-{kind} .search-result h3 a").Select(a => a.GetAttribute("href"))];
    }

    [Theory]
    [InlineData("en", "ux", "/en/initiatives/mine-and-uxo-action-mekong")]
    [InlineData("ja", "不発", "/ja/initiatives/mine-and-uxo-action-mekong")]
    public async Task Two_characters_find_a_name_containing_them_in_any_case(string lang, string query, string expected)
    {
        (await LinksAsync(lang, query, "initiatives")).Should().Contain(expected);
    }

    [Fact]
    public async Task Two_characters_find_an_event_by_part_of_its_place()
    {
        (await LinksAsync("ja", "カル", "events")).Should().Contain("/ja/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
    }

    [Fact]
    public async Task Two_pattern_characters_match_only_themselves()
    {
        var response = await _client.GetAsync("/en/search?q=" + Uri.EscapeDataString("%_"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(response)).QuerySelectorAll(".search-result").Should().BeEmpty();
    }
}
