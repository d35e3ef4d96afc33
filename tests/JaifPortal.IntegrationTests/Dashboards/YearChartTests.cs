using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Dashboards;

/// <summary>
/// The pillar dashboard's comparison of the last five years (2021–2025 on 10 May 2025), on the headline pillar of
/// <see cref="PeriodFixture"/>, published records only. Initiatives started: headline-2 (September 2024) and headline-3
/// (March 2025); headline-1 started in 2018, headline-5 is undated and headline-4 a draft. Milestones: headline-1's of June,
/// July and August 2024 and of June and September 2025, headline-2's of August 2025 (dated to the month) and headline-3's
/// of May and July 2025; the draft's milestone of June 2025 does not count. So 2024: 3, 2025: 5.
/// </summary>
public class YearChartTests(PeriodFixture fixture) : IClassFixture<PeriodFixture>
{
    private const string Dashboard = "/en/dashboards/" + PeriodFixture.HeadlinePillarSlug;

    private static List<(string Year, string Count)> Rows(IDocument page, string table) =>
        [.. page.QuerySelectorAll($"#{table}-table tbody tr").Select(row => (row.QuerySelector("th")!.TextContent.Trim(), row.QuerySelector("td")!.TextContent.Trim()))];

    private static IElement? Chart(IDocument page, string table) =>
        page.QuerySelectorAll("figure.chart").FirstOrDefault(chart => chart.GetAttribute("aria-labelledby")!.StartsWith(table + "-chart-title", StringComparison.Ordinal));

    [Fact]
    public async Task Initiatives_and_milestones_each_have_a_chart_of_the_last_five_years()
    {
        var page = await (await fixture.OfficialAsync()).GetPageAsync(Dashboard);

        Rows(page, "initiatives-per-year").Should().Equal(("2021", "0"), ("2022", "0"), ("2023", "0"), ("2024", "1"), ("2025", "1"));
        Rows(page, "milestones-per-year").Should().Equal(("2021", "0"), ("2022", "0"), ("2023", "0"), ("2024", "3"), ("2025", "5"));
        var milestones = Chart(page, "milestones-per-year")!;
        milestones.ClassList.Should().Contain("chart--columns");
        milestones.QuerySelectorAll(".chart__column").Should().HaveCount(5);
        milestones.QuerySelectorAll(".chart__column .chart__value").Select(value => value.TextContent).Should().Equal("", "", "", "3", "5");
        milestones.QuerySelectorAll(".chart__legend li, .chart__legend-item").Length.Should().BeLessThanOrEqualTo(1, "one measure per chart");
        page.QuerySelector("#years h3")!.TextContent.Should().Be("Initiatives started per year, the last 5 years");
    }

    [Fact]
    public async Task A_years_figure_links_to_its_records()
    {
        var client = await fixture.OfficialAsync();
        var page = await client.GetPageAsync(Dashboard);

        var rows = page.QuerySelectorAll("#milestones-per-year-table tbody tr");
        var href = rows[rows.Length - 1].QuerySelector("td a")!.GetAttribute("href")!;
        var list = await client.GetPageAsync(href);
        list.QuerySelectorAll("table tbody tr").Should().HaveCount(5);
    }

    [Fact]
    public async Task Nothing_is_drawn_for_years_with_nothing()
    {
        // Area B of the period pillar has an event and nothing else: no initiative, no milestone.
        var page = await (await fixture.OfficialAsync()).GetPageAsync("/en/dashboards/" + PeriodFixture.PillarSlug + "?area=period-area-b");

        Chart(page, "initiatives-per-year").Should().BeNull();
        Chart(page, "milestones-per-year").Should().BeNull();
        Rows(page, "milestones-per-year").Select(row => row.Count).Should().AllBe("0");
    }

    [Fact]
    public async Task The_years_download_with_the_sections_menu()
    {
        var client = await fixture.OfficialAsync();
        var page = await client.GetPageAsync(Dashboard);

        var csv = page.QuerySelectorAll("#years .download-menu a").Select(a => a.GetAttribute("href")!).First(href => href.Contains("table=milestones-per-year") && href.Contains("format=csv"));
        var text = await client.GetStringAsync(csv);
        text.Should().Contain("2025,5");
    }
}
