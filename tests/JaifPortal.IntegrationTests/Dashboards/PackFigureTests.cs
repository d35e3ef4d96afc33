using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Dashboards;

/// <summary>
/// The first page of the country and event packs on 10 May 2025, for the records of <see cref="PeriodFixture"/>, counted by
/// hand. Packland: the initiatives there for a reason of their own are period-a and headline-1 (the draft headline-4 never
/// counts), in two of the five pillars (the seeded three and the fixture's two). Milestones there in the next 3 months
/// (11 May – 10 August 2025): headline-1's of 15 June (its 1 September is too late, the draft's 1 June is unpublished).
/// Events held there in calendar year 2025 up to today: headline-e3 (1 April); headline-e6 (1 July) is still to come.
/// Event headline-e3 serves headline-1 and headline-3 (and the draft); their milestones in the next 3 months: 15 June and
/// 20 July (headline-3's of today is not to come, as on the dashboards).
/// </summary>
public class PackFigureTests(PeriodFixture fixture) : IClassFixture<PeriodFixture>
{
    private const string CountryPack = "/en/briefings/countries/" + PeriodFixture.PackCountrySlug;

    private const string EventPack = "/en/briefings/events/headline-e3";

    private static List<(string Label, string Value)> Figures(IDocument pack) =>
        [.. pack.QuerySelectorAll(".briefing__summary .headline-figures > div").Select(figure => (figure.QuerySelector("dt")!.TextContent, figure.QuerySelector("dd")!.TextContent))];

    private static List<string> ComingUp(IDocument pack) =>
        [.. pack.QuerySelectorAll(".briefing__summary section[aria-labelledby='coming-up-heading'] li").Select(item => item.TextContent.Trim())];

    private static List<string> MainInitiatives(IDocument pack) =>
        [.. pack.QuerySelectorAll(".briefing__summary .briefing__initiative h3").Select(heading => heading.TextContent)];

    [Fact]
    public async Task A_country_pack_leads_with_its_figures_counted_as_the_dashboards_count()
    {
        var pack = await (await fixture.OfficialAsync()).GetPageAsync(CountryPack);

        Figures(pack).Should().Equal(
            ("Initiatives", "2"), ("Pillars with initiatives", "2 / 5"), ("Milestones in the next 3 months", "1"), ("Events in calendar year 2025", "1"));
        MainInitiatives(pack).Should().BeEquivalentTo(["Initiative headline-1", "Initiative period-a"]);
    }

    [Fact]
    public async Task A_japanese_country_pack_names_its_figures_in_japanese()
    {
        var pack = await (await fixture.OfficialAsync()).GetPageAsync("/ja/briefings/countries/" + PeriodFixture.PackCountrySlug);

        Figures(pack).Should().Equal(("取組", "2"), ("取組のある柱", "2 / 5"), ("今後3か月の主な動き", "1"), ("2025年（暦年）のイベント", "1"));
    }

    [Fact]
    public async Task A_country_packs_first_page_lists_what_is_coming_up_there_soonest_first()
    {
        var pack = await (await fixture.OfficialAsync()).GetPageAsync(CountryPack);

        ComingUp(pack).Should().Equal(
            "15 June 2025 Milestone of headline-1 (Initiative headline-1)", "1 July 2025 Event headline-e6", "1 September 2025 Milestone of headline-1 (Initiative headline-1)");
    }

    [Fact]
    public async Task A_pack_asked_for_work_in_progress_leaves_it_out_and_says_so()
    {
        var client = await fixture.OfficialAsync();
        var published = await client.GetPageAsync(CountryPack);
        var asked = await client.GetPageAsync(CountryPack + "?pub=all");
        var eventAsked = await client.GetPageAsync(EventPack + "?pub=all");

        published.QuerySelector(".briefing__note").Should().BeNull();
        Figures(asked).Should().Equal(Figures(published), "the draft headline-4 is never in a pack");
        asked.QuerySelector(".briefing__note")!.TextContent.Should().Contain("only published records");
        eventAsked.QuerySelector(".briefing__note")!.TextContent.Should().Contain("only published records");
        MainInitiatives(eventAsked).Should().NotContain("Initiative headline-4");
    }

    [Fact]
    public async Task An_event_pack_leads_with_the_initiatives_it_serves_and_what_follows_for_them()
    {
        var pack = await (await fixture.OfficialAsync()).GetPageAsync(EventPack);

        pack.QuerySelector(".briefing__summary .facts")!.TextContent.Should().Contain("1 April 2025").And.Contain("Packland");
        Figures(pack).Should().Equal(("Initiatives", "2"), ("Milestones in the next 3 months", "2"));
        MainInitiatives(pack).Should().BeEquivalentTo(["Initiative headline-1", "Initiative headline-3"]);
        ComingUp(pack).Should().Equal(
            "10 May 2025 Milestone of headline-3 (Initiative headline-3)",
            "15 June 2025 Milestone of headline-1 (Initiative headline-1)",
            "1 July 2025 Event headline-e6",
            "20 July 2025 Milestone of headline-3 (Initiative headline-3)",
            "1 September 2025 Milestone of headline-1 (Initiative headline-1)");
    }

    [Theory]
    [InlineData("en", "Internal: for the Mission of Japan to ASEAN and the JMT only.", "judgements")]
    [InlineData("ja", "内部用：ASEAN日本政府代表部およびJMT限り。", "評価")]
    public async Task Country_and_event_packs_are_internal_without_claiming_judgements_only_a_pillar_pack_holds(string language, string internalLine, string judgements)
    {
        var client = await fixture.OfficialAsync();
        async Task<string> ClassificationAsync(string pack) =>
            (await client.GetPageAsync($"/{language}/briefings/{pack}")).QuerySelector(".briefing__classification")!.TextContent;

        (await ClassificationAsync("countries/" + PeriodFixture.PackCountrySlug)).Should().Be(internalLine);
        (await ClassificationAsync("events/headline-e3")).Should().Be(internalLine);
        (await ClassificationAsync("pillars/" + PeriodFixture.HeadlinePillarSlug)).Should().StartWith(internalLine).And.Contain(judgements, "the pillar pack judges the coverage of its areas");
        (await ClassificationAsync("countries/" + PeriodFixture.PackCountrySlug + "?variant=sharing")).Should().NotContain(internalLine);
    }
}
