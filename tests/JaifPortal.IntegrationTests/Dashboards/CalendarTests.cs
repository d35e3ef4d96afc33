using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Dashboards;

/// <summary>
/// The month calendar on 10 May 2025, read for the records of <see cref="PeriodFixture"/> (the seeded content has its own
/// dates, so only the fixture's entries are counted). June 2025, by hand: on each Sunday (1, 8, 15, 22 and 29 June) the
/// period pillar's weekly event and milestone of period-d; on 15 June also the headline pillar's milestone of headline-1;
/// on 1 June the draft headline-4's milestone, shown only with <c>pub=all</c>. So 11 published entries, 12 with work in
/// progress, on 5 days in 5 weeks (1 June 2025 is a Sunday, a week of its own). August 2025: headline-2's milestone dated
/// only to the month, listed apart from the days.
/// </summary>
public class CalendarTests(PeriodFixture fixture) : IClassFixture<PeriodFixture>
{
    private const string Calendar = "/en/dashboards/calendar";

    private static List<IElement> FixtureEntries(IParentNode page) =>
        [.. page.QuerySelectorAll(".calendar-entry").Where(entry => entry.TextContent.Contains("period-d") || entry.TextContent.Contains("headline-"))];

    private static List<string> Names(IParentNode scope) =>
        [.. FixtureEntries(scope).Select(entry => entry.QuerySelector("a")!.TextContent)];

    [Fact]
    public async Task Next_month_lists_every_pillars_events_and_milestones_by_day_and_week()
    {
        var page = await (await fixture.OfficialAsync()).GetPageAsync(Calendar + "?month=2025-06");

        page.QuerySelector("h1")!.TextContent.Should().Be("Calendar: June 2025");
        FixtureEntries(page).Should().HaveCount(11);
        page.QuerySelectorAll(".calendar-day").Where(day => FixtureEntries(day).Count > 0).Select(day => day.Id)
            .Should().Equal("day-2025-06-01", "day-2025-06-08", "day-2025-06-15", "day-2025-06-22", "day-2025-06-29");
        var fifteenth = page.QuerySelector("#day-2025-06-15")!;
        fifteenth.QuerySelector("h3")!.TextContent.Should().Be("Sunday 15 June");
        Names(fifteenth).Should().Equal("Event period-d-week-2", "Milestone of headline-1", "Milestone of period-d");
        fifteenth.TextContent.Should().Contain("Pillar 7").And.Contain("Pillar 8", "the calendar holds every pillar");
        fifteenth.Closest(".calendar-week")!.QuerySelector("h2")!.TextContent.Should().Be("9 June – 15 June");
        page.QuerySelector("#day-2025-06-01")!.Closest(".calendar-week")!.QuerySelector("h2")!.TextContent.Should().Be("1 June");
        page.QuerySelector("#month-only").Should().BeNull("nothing of June is dated only to the month");
    }

    [Fact]
    public async Task Each_entry_links_to_its_record()
    {
        var page = await (await fixture.OfficialAsync()).GetPageAsync(Calendar + "?month=2025-06");

        var links = FixtureEntries(page.QuerySelector("#day-2025-06-15")!).Select(entry => entry.QuerySelector("a")!.GetAttribute("href"));
        links.Should().Equal("/en/events/period-d-week-2", "/en/initiatives/headline-1", "/en/initiatives/period-d");
    }

    [Fact]
    public async Task A_milestone_dated_to_the_month_is_listed_under_the_month_not_on_its_first_day()
    {
        var page = await (await fixture.OfficialAsync()).GetPageAsync(Calendar + "?month=2025-08");

        Names(page.QuerySelector("#month-only")!).Should().Equal("Milestone of headline-2");
        page.QuerySelector("#month-only h2")!.TextContent.Should().Be("August 2025, no day given");
        page.QuerySelector("#day-2025-08-01").Should().BeNull();
    }

    [Fact]
    public async Task Work_in_progress_shows_only_with_the_switch()
    {
        var client = await fixture.OfficialAsync();
        var published = await client.GetPageAsync(Calendar + "?month=2025-06");
        var switchLink = published.QuerySelector(".counted__switch")!.GetAttribute("href")!;
        var all = await client.GetPageAsync(switchLink);

        switchLink.Should().Be(Calendar + "?month=2025-06&pub=all");
        Names(published.QuerySelector("#day-2025-06-01")!).Should().NotContain("Milestone of headline-4");
        FixtureEntries(all).Should().HaveCount(12);
        Names(all.QuerySelector("#day-2025-06-01")!).Should().Contain("Milestone of headline-4");
        all.QuerySelector("title")!.TextContent.Should().Contain("including work in progress");
    }

    [Fact]
    public async Task This_month_by_default_with_links_to_the_months_either_side_and_from_the_dashboards()
    {
        var client = await fixture.OfficialAsync();
        var page = await client.GetPageAsync(Calendar);

        page.QuerySelector("h1")!.TextContent.Should().Be("Calendar: May 2025");
        Names(page.QuerySelector("#day-2025-05-10")!).Should().Equal("Event headline-e5", "Milestone of headline-3");
        page.QuerySelector(".calendar-months__previous")!.GetAttribute("href").Should().Be(Calendar + "?month=2025-04");
        page.QuerySelector(".calendar-months__next")!.GetAttribute("href").Should().Be(Calendar + "?month=2025-06");
        var overview = await client.GetPageAsync("/en/dashboards");
        overview.QuerySelector(".calendar-link a")!.GetAttribute("href").Should().Be(Calendar + "?month=2025-06");
        var dashboard = await client.GetPageAsync("/en/dashboards/" + PeriodFixture.PillarSlug);
        dashboard.QuerySelector(".calendar-link a")!.GetAttribute("href").Should().Be(Calendar + "?month=2025-06");
    }

    [Fact]
    public async Task In_Japanese_a_month_reads_as_2026年12月()
    {
        var page = await (await fixture.OfficialAsync()).GetPageAsync("/ja/dashboards/calendar?month=2026-12");

        page.QuerySelector("h1")!.TextContent.Should().Be("2026年12月のカレンダー");
        page.QuerySelector(".calendar-months__previous")!.TextContent.Should().Be("← 2026年11月");
        page.QuerySelector(".calendar-months__next")!.TextContent.Should().Be("2027年1月 →");
        var june = await (await fixture.OfficialAsync()).GetPageAsync("/ja/dashboards/calendar?month=2025-06");
        june.QuerySelector("#day-2025-06-15 h3")!.TextContent.Should().Be("6月15日（日）");
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("December")]
    [InlineData("99999-01")]
    [InlineData("<b>2026</b>")]
    public async Task A_month_that_cannot_be_read_is_named_and_this_month_shown(string month)
    {
        var page = await (await fixture.OfficialAsync()).GetPageAsync(Calendar + "?month=" + Uri.EscapeDataString(month));

        page.QuerySelector(".dashboard-problems")!.TextContent.Trim()
            .Should().Be($"“{month}” is not a month the calendar can show: write it as 2026-12. Showing May 2025.");
        page.QuerySelector("h1")!.TextContent.Should().Be("Calendar: May 2025");
    }
}
