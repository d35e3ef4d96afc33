using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Dashboards;

/// <summary>
/// The row of headline figures a pillar dashboard leads with, on 10 May 2025 against the hand-counted headline pillar of
/// <see cref="PeriodFixture"/> (a year ago: 10 May 2024). Published records only, so the draft headline-4 never counts.
/// Initiatives: 1, 2, 3 and 5 (undated); 2 (September 2024) and 3 (March 2025) started since a year ago, so +2.
/// Areas with something in the last 12 months (10 May 2024 – 10 May 2025): A (3 started, e3, e5) and B (2 started, e2);
/// a year earlier only C (events e1 of November 2023 and e4 of June 2023), so +1.
/// Milestones in the next 3 months (11 May – 10 August 2025): 15 June, August 2025 (a month overlapping), 20 July; the
/// one of today is not to come and 1 September is too late. A year ago (11 May – 10 August 2024): 1 June, 1 July,
/// 10 August, so the same. Events in the last 12 months: e2, e3, e5 (today); a year earlier e1 and e4, so +1.
/// Needing an update (not changed for 365 days): headline-1 (last changed June 2023) and e1 (June 2022). A year ago,
/// records made before 10 May 2023 and not changed in the year to 10 May 2024: headline-2, e1 and e2 (headline-1 was
/// changed in June 2023, headline-5 has a revision of January 2024), so −1.
/// </summary>
public class HeadlineTests(PeriodFixture fixture) : IClassFixture<PeriodFixture>
{
    private const string Dashboard = "/en/dashboards/headline-pillar";

    private static (string Figure, string Label, string Change) Headline(IDocument page, string id)
    {
        var item = page.QuerySelector($"#headline-{id}")!;
        return (item.QuerySelector(".headline__figure")!.TextContent, item.QuerySelector(".headline__label")!.TextContent, item.QuerySelector(".headline__change")!.TextContent);
    }

    [Fact]
    public async Task The_dashboard_leads_with_five_figures_each_against_a_year_ago()
    {
        var page = await (await fixture.OfficialAsync()).GetPageAsync(Dashboard);

        Headline(page, "initiatives").Should().Be(("4", "initiatives", "+2 on a year ago"));
        Headline(page, "areas").Should().Be(("2", "of 3 areas with something in the last 12 months", "+1 on a year ago"));
        Headline(page, "milestones").Should().Be(("3", "milestones in the next 3 months", "the same as a year ago"));
        Headline(page, "events").Should().Be(("3", "events in the last 12 months", "+1 on a year ago"));
        Headline(page, "stale").Should().Be(("2", "records needing an update", "−1 on a year ago"));
        page.QuerySelectorAll(".headline").Should().HaveCount(5);
    }

    [Fact]
    public async Task Each_figure_links_to_the_records_it_counts()
    {
        var client = await fixture.OfficialAsync();
        var page = await client.GetPageAsync(Dashboard);

        async Task<int> RowsBehind(string id)
        {
            var href = page.QuerySelector($"#headline-{id} a")!.GetAttribute("href")!;
            var list = await client.GetPageAsync(href);
            return list.QuerySelectorAll("table tbody tr").Length;
        }

        (await RowsBehind("initiatives")).Should().Be(4);
        (await RowsBehind("milestones")).Should().Be(3);
        (await RowsBehind("events")).Should().Be(3);
        page.QuerySelector("#headline-areas a")!.GetAttribute("href").Should().Be("#coverage");
        page.QuerySelector("#headline-stale a")!.GetAttribute("href").Should().Be("#stale");
    }

    [Fact]
    public async Task In_年度_the_periods_begin_on_1_April_this_year_and_last()
    {
        // 年度2025 so far (1 April – 10 May 2025): areas A (e3, e5); events e3 and e5. A year earlier (1 April – 10 May 2024): nothing.
        var page = await (await fixture.OfficialAsync()).GetPageAsync("/ja/dashboards/headline-pillar?period=fiscal");

        Headline(page, "areas").Should().Be(("1", "2025年度に動きがあった分野（全3分野）", "前年同日比+1"));
        Headline(page, "events").Should().Be(("2", "2025年度のイベント", "前年同日比+2"));
        Headline(page, "milestones").Should().Be(("3", "今後3か月の主な動き", "前年同日と同じ"));
    }

    [Fact]
    public async Task Sections_fold_to_a_line_each_with_one_menu_of_downloads()
    {
        var page = await (await fixture.OfficialAsync()).GetPageAsync(Dashboard);

        var sections = page.QuerySelectorAll(".dashboard-section");
        sections.Select(section => section.QuerySelectorAll(".download-menu").Length).Should().AllBeEquivalentTo(1).And.HaveCount(10);
        page.QuerySelectorAll(".downloads").Should().BeEmpty("the downloads are gathered in the sections' menus");
        page.QuerySelectorAll("details.section-details[open]").Should().BeEmpty("on screen a section shows its summary line");
        page.QuerySelectorAll("details.section-details").Should().HaveCount(9, "every section but the coverage grid folds");
        page.QuerySelector("#events .section-summary")!.TextContent.Should().Be("Next: Event headline-e5 (10 May 2025)", "an event of today is still to come");
        page.QuerySelector("#timeline .section-summary")!.TextContent.Should().Be("Milestones by month: 4 up to this month, 4 after it.");
    }
}
