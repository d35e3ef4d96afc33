using System.Net;
using System.Text.Json;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>The seeded crosswalk on the public area and pillar pages and in the API, in both languages.</summary>
public class CrosswalkReadingTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    private static List<string> Badges(AngleSharp.Dom.IDocument page, string term) =>
    [
        .. page.QuerySelectorAll("dl.crosswalk dt").Single(dt => dt.TextContent == term)
            .NextElementSibling!.QuerySelectorAll(".crosswalk-badge").Select(badge => badge.TextContent.Trim()),
    ];

    [Fact]
    public async Task The_area_page_names_its_asean_pillars_and_goals_in_english_and_says_whose_judgement_it_is()
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync("/en/areas/disaster-management"));

        Badges(page, "ASEAN community pillars").Should().Equal("ASCC – ASEAN Socio-Cultural Community");
        Badges(page, "Sustainable Development Goals").Should().Equal("SDG 11: Sustainable Cities and Communities", "SDG 13: Climate Action");
        page.QuerySelector(".crosswalk-note")!.TextContent.Should().Contain("Mapping by JMT").And.Contain("not a statement of the source documents");
    }

    [Fact]
    public async Task The_japanese_area_page_names_them_in_japanese()
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync("/ja/areas/wps-yps"));

        Badges(page, "ASEAN共同体の柱").Should().Equal("APSC – ASEAN政治・安全保障共同体", "ASCC – ASEAN社会・文化共同体");
        Badges(page, "持続可能な開発目標（SDGs）").Should().Equal("目標5 ジェンダー平等を実現しよう", "目標16 平和と公正をすべての人に");
        page.QuerySelector(".crosswalk-note")!.TextContent.Should().StartWith("JMTによる対応付け");
    }

    [Fact]
    public async Task The_pillar_page_shows_each_areas_pillars_and_goals_with_their_names_for_screen_readers()
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync("/en/pillars/partners-for-peace-and-stability"));

        var cyber = page.QuerySelectorAll(".area-list__item").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/en/areas/cybersecurity");
        cyber.QuerySelectorAll(".crosswalk-badge [aria-hidden=true]").Select(e => e.TextContent).Should().Equal("APSC", "AEC", "SDG 9", "SDG 16");
        cyber.QuerySelectorAll(".crosswalk-badge .visually-hidden").Select(e => e.TextContent).Should()
            .Contain(["ASEAN Political-Security Community", "SDG 16: Peace, Justice and Strong Institutions"]);
        page.QuerySelector(".pillar-lens h2")!.TextContent.Should().Be("Through ASEAN's lens");
    }

    [Fact]
    public async Task The_api_gives_each_area_its_crosswalk_in_both_languages()
    {
        var response = await _client.GetAsync("/api/v1/areas?pillar=partners-for-co-creation-of-economy-and-society-of-the-future&pageSize=100");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = document.RootElement.GetProperty("items").EnumerateArray().ToList();

        items.Should().HaveCount(12).And.OnlyContain(area => area.GetProperty("aseanCommunities").GetArrayLength() > 0 && area.GetProperty("sdgs").GetArrayLength() > 0);
        var energy = items.Single(area => area.GetProperty("slug").GetString() == "energy-and-critical-minerals");
        var community = energy.GetProperty("aseanCommunities").EnumerateArray().Single();
        community.GetProperty("code").GetString().Should().Be("AEC");
        community.GetProperty("name").GetProperty("en").GetString().Should().Be("ASEAN Economic Community");
        community.GetProperty("name").GetProperty("ja").GetString().Should().Be("ASEAN経済共同体");
        energy.GetProperty("sdgs").EnumerateArray().Select(goal => goal.GetProperty("number").GetInt32()).Should().Equal(7, 12, 13);
        var climate = energy.GetProperty("sdgs")[2].GetProperty("name");
        climate.GetProperty("en").GetString().Should().Be("Climate Action");
        climate.GetProperty("ja").GetString().Should().Be("気候変動に具体的な対策を");
        energy.GetProperty("name").GetProperty("en").GetString().Should().Be("Energy and Critical Minerals", "the existing fields stay as they were");
    }
}
