using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Dashboards;

/// <summary>
/// "Nothing new this year" by the period an official chooses (<c>period=12m|year|fiscal</c>), on 10 May 2025 against the
/// hand-counted pillar of <see cref="PeriodFixture"/>. Recent records per area (A, B, C, D):
/// the last 12 months 1, 1, 1, 0; calendar year 2025 1, 1, 0, 0; fiscal year 2025 (from 1 April) 0, 1, 0, 0. The pillar's
/// pack is read here too, for its headline's counts of what is to come.
/// </summary>
public class PeriodTests(PeriodFixture fixture) : IClassFixture<PeriodFixture>
{
    private const string Dashboard = "/en/dashboards/period-pillar";

    private static async Task<IDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        return await HtmlPage.ParseAsync(response);
    }

    /// <summary>The coverage table's count of recent records per area, A to D.</summary>
    private static string[] RecentByArea(IDocument page) =>
        [.. page.QuerySelectorAll("#coverage-table tbody tr").Select(row => row.Children[4].TextContent.Trim())];

    private static string[] Quiet(IDocument page) =>
        [.. page.QuerySelectorAll(".coverage-alert--quiet li").Select(li => li.TextContent.Trim())];

    [Fact]
    public async Task By_default_recent_means_the_last_12_months()
    {
        var page = await PageAsync(await fixture.OfficialAsync(), Dashboard);

        RecentByArea(page).Should().Equal("1", "1", "1", "0");
        page.VisibleText().Should().Contain("3 of 4 areas (75%) have something from the last 12 months.");
        Quiet(page).Should().Equal("Area D");
        page.QuerySelector("#coverage-table thead")!.TextContent.Should().Contain("In the last 12 months");
        page.Title.Should().NotContain("recent:", "the default period is not named in the title, as published-only is not");
        page.QuerySelector("#filter-period option[selected]")!.GetAttribute("value").Should().Be("12m");
    }

    [Fact]
    public async Task The_calendar_year_counts_February_2025_and_not_August_2024()
    {
        var page = await PageAsync(await fixture.OfficialAsync(), Dashboard + "?period=year");

        RecentByArea(page).Should().Equal("1", "1", "0", "0");
        page.VisibleText().Should().Contain("2 of 4 areas (50%) have something from calendar year 2025.");
        page.QuerySelector(".coverage-alert--quiet h3")!.TextContent.Should().Be("Areas with nothing new in calendar year 2025");
        Quiet(page).Should().Equal("Area C", "Area D");
        page.Title.Should().StartWith("Pillar 8 dashboard: Period pillar – recent: calendar year 2025");
    }

    [Fact]
    public async Task The_fiscal_year_begins_on_1_April_so_a_milestone_of_February_2025_is_not_in_it()
    {
        var page = await PageAsync(await fixture.OfficialAsync(), Dashboard + "?period=fiscal");

        RecentByArea(page).Should().Equal("0", "1", "0", "0");
        page.VisibleText().Should().Contain("1 of 4 areas (25%) have something from FY2025 (April 2025 – March 2026).");
        Quiet(page).Should().Equal("Area A", "Area C", "Area D");
        page.QuerySelector("#filter-period option[selected]")!.GetAttribute("value").Should().Be("fiscal");
        page.QuerySelectorAll(".active-filters li").Select(li => li.TextContent).Should().ContainSingle(li => li.Contains("Recent means: Fiscal year (April to March)"));
    }

    [Fact]
    public async Task In_Japanese_the_periods_are_暦年_年度_and_直近12か月()
    {
        var page = await PageAsync(await fixture.OfficialAsync(), "/ja/dashboards/period-pillar?period=fiscal");

        page.QuerySelectorAll("#filter-period option").Select(o => o.TextContent).Should().Equal("直近12か月", "暦年", "年度（4月〜翌年3月）");
        page.VisibleText().Should().Contain("4分野のうち1分野（25%）に2025年度の動きがあります。");
        page.QuerySelector(".coverage-alert--quiet h3")!.TextContent.Should().Be("2025年度に新しい動きがない分野");
        page.QuerySelector("#coverage-table thead")!.TextContent.Should().Contain("2025年度");
        page.Title.Should().Contain("（対象期間：2025年度）");
    }

    [Fact]
    public async Task The_period_is_kept_by_the_figures_links_and_named_in_the_downloads()
    {
        var client = await fixture.OfficialAsync();
        var page = await PageAsync(client, Dashboard + "?period=fiscal");

        page.QuerySelectorAll("#coverage-table a").Select(a => a.GetAttribute("href")).Should().NotBeEmpty().And.OnlyContain(href => href!.Contains("period=fiscal"));
        var csvLink = page.QuerySelector("#coverage a[download][href*='format=csv']")!.GetAttribute("href")!;
        var export = await client.GetAsync(csvLink);
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        export.Content.Headers.ContentDisposition!.FileName.Should().Contain("jaif-pillar8-coverage-published-fy2025-en.csv");
        var lines = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync()).Split('\n');
        lines[0].Should().Contain("In FY2025 (April 2025 – March 2026)");
        lines[1].Should().StartWith("Area A,1,1,0,0,");
    }

    [Fact]
    public async Task The_overview_judges_every_pillar_by_the_chosen_period_and_passes_it_on()
    {
        var client = await fixture.OfficialAsync();
        var overview = await PageAsync(client, "/en/dashboards?period=year");

        var card = overview.QuerySelectorAll(".card--pillar").Single(c => c.TextContent.Contains("Period pillar"));
        card.TextContent.Should().Contain("2 of 4 areas (50%) have something from calendar year 2025.")
            .And.Contain("Areas with nothing new in calendar year 2025");
        card.QuerySelector("h2 a")!.GetAttribute("href").Should().Be("/en/dashboards/period-pillar?period=year");
        overview.QuerySelector(".period-choice strong")!.TextContent.Should().Be("Calendar year");
        overview.QuerySelectorAll(".period-choice a").Select(a => a.GetAttribute("href")).Should().Equal("/en/dashboards", "/en/dashboards?period=fiscal");
    }

    [Fact]
    public async Task The_internal_pack_names_its_period()
    {
        var page = await PageAsync(await fixture.OfficialAsync(), "/en/briefings/pillars/period-pillar?period=fiscal");

        page.VisibleText().Should().Contain("1 of 4 areas (25%) have something from FY2025 (April 2025 – March 2026).");
    }

    [Fact]
    public async Task The_packs_headline_counts_every_milestone_and_event_to_come_not_the_first_20()
    {
        var page = await PageAsync(await fixture.OfficialAsync(), "/en/briefings/pillars/period-pillar");

        var headline = page.QuerySelectorAll(".headline-figures div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        headline["Upcoming milestones"].Should().Be(PeriodFixture.UpcomingMilestones.ToString(CultureInfo.InvariantCulture));
        headline["Upcoming events"].Should().Be(PeriodFixture.UpcomingEvents.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_period_that_is_not_a_choice_is_reported_and_the_default_used()
    {
        var page = await PageAsync(await fixture.OfficialAsync(), "/ja/dashboards/period-pillar?period=decade");

        page.QuerySelectorAll(".dashboard-problems li").Select(li => li.TextContent).Should().Equal("「decade」は期間の選択肢ではないため、既定の期間で判断しています。");
        RecentByArea(page).Should().Equal("1", "1", "1", "0");
    }

    [Fact]
    public async Task Japanese_labels_take_the_full_width_colon()
    {
        var client = await fixture.OfficialAsync();
        var overview = await client.GetPageAsync("/ja/dashboards?period=fiscal");
        var filtered = await client.GetPageAsync($"/ja/dashboards/{PeriodFixture.PillarSlug}?area=period-area-a");

        overview.QuerySelector(".period-choice")!.TextContent.Trim().Should().StartWith("「最近」の期間：");
        filtered.QuerySelector(".active-filters__label")!.TextContent.Should().Be("絞り込み条件：");
        filtered.QuerySelector(".active-filters li")!.TextContent.Should().StartWith("協力分野：分野A");
        filtered.QuerySelector(".active-filters li a")!.GetAttribute("aria-label").Should().NotContain(":");
    }
}
