using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Discovery;

/// <summary>
/// The status facet, the <c>?status=</c> filter, the exports, the API and the IATI file read an initiative's status on the
/// day, as its page does (ADR 34), on a fixed day in Jakarta: on 6 December 2026 the two 2021–2025 work plans (still
/// recorded as "Ongoing") are "Ended", the JSPS programme planned for FY2025 has passed its start date, and the SSEAYP
/// voyage of 4 November 2024 (still "Planned") has passed its date. The output cache is off, so a test may move the clock.
/// </summary>
public sealed class StatusOnTheDayTests() : PortalOnAFixedDay(FixedClock.NoonInJakarta(2026, 12, 6))
{
    private const string WorkPlan = "asean-japan-disaster-management-work-plan-2021-2025";
    private const string AadmerWorkProgramme = "aadmer-work-programme-2021-2025";
    private const string JspsProgramme = "jsps-asean-africa-short-term";

    private Task<IDocument> GetPageAsync(string path) => Factory.CreateClient().GetPageAsync(path);

    /// <summary>The status facet's values and counts, by their labels, and the address each links to.</summary>
    private static List<(string Label, int Count, string Href)> StatusFacet(IDocument page, string label = "Status") =>
        [.. page.QuerySelectorAll("details.facet").Single(facet => facet.QuerySelector("summary")!.TextContent == label)
            .QuerySelectorAll("li").Select(li => (
                li.QuerySelector("a")!.TextContent,
                int.Parse(li.QuerySelector(".count")!.TextContent.Trim('(', ')', '（', '）'), CultureInfo.InvariantCulture),
                li.QuerySelector("a")!.GetAttribute("href")!))];

    private static List<string> CardLinks(IDocument page) => [.. page.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")!)];

    private async Task<IDocument> AllPagesAsync(string path)
    {
        var page = await GetPageAsync(path);
        page.QuerySelector("a[rel=next]").Should().BeNull($"{path} should fit on one page for this test");
        return page;
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var document = JsonDocument.Parse(await Factory.CreateClient().GetStringAsync(path));
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task The_status_facet_counts_what_the_cards_say_and_each_value_gives_as_many_results()
    {
        var page = await GetPageAsync("/en/initiatives");
        var facet = StatusFacet(page);

        facet.Select(value => value.Label).Should().Equal("Planned", "Start date passed", "Ongoing", "Ended", "Completed");
        facet.Single(value => value.Label == "Ended").Count.Should().Be(2, "the two 2021–2025 work plans");
        facet.Single(value => value.Label == "Start date passed").Count.Should().Be(1, "the JSPS programme was due to start in FY2025");
        foreach (var (label, count, href) in facet)
        {
            var chosen = await GetPageAsync(href);
            chosen.QuerySelector("p.count")!.TextContent.Should().StartWith($"{count} initiative", $"'{label}' is offered with {count}");
        }

        var ended = await AllPagesAsync("/en/initiatives?status=Ended");
        CardLinks(ended).Should().BeEquivalentTo([$"/en/initiatives/{WorkPlan}", $"/en/initiatives/{AadmerWorkProgramme}"]);
        ended.QuerySelectorAll(".card .card__meta").Should().OnlyContain(meta => meta.TextContent.Contains("Ended 2025"));
        var ongoing = await GetPageAsync("/en/initiatives?status=ongoing&area=disaster-management");
        CardLinks(ongoing).Should().NotContain($"/en/initiatives/{WorkPlan}", "a work plan whose end has passed is not found under “Ongoing”");
        CardLinks(await AllPagesAsync("/en/initiatives?status=StartPassed")).Should().Equal($"/en/initiatives/{JspsProgramme}");
        StatusFacet(await GetPageAsync("/ja/initiatives"), "状況").Select(value => value.Label)
            .Should().Equal("予定", "開始予定を経過", "実施中", "期間終了", "終了");
    }

    [Fact]
    public async Task On_the_last_day_of_2025_the_work_plans_are_still_ongoing_and_nothing_has_ended()
    {
        Clock.Now = FixedClock.NoonInJakarta(2025, 12, 31);

        var facet = StatusFacet(await GetPageAsync("/en/initiatives"));

        facet.Select(value => value.Label).Should().NotContain("Ended").And.NotContain("Start date passed", "FY2025 lasts until March 2026");
        CardLinks(await GetPageAsync("/en/initiatives?status=Ongoing&area=disaster-management")).Should().Contain($"/en/initiatives/{WorkPlan}");
        (await GetPageAsync("/en/initiatives?status=Ended")).QuerySelector("p.count")!.TextContent.Should().StartWith("0 initiatives");
    }

    [Fact]
    public async Task The_search_facet_reads_the_status_on_the_day_too()
    {
        var page = await GetPageAsync("/en/search?q=work+plan");
        var ended = StatusFacet(page).Single(value => value.Label == "Ended");

        ended.Count.Should().Be(2);
        var chosen = await GetPageAsync(ended.Href);
        chosen.QuerySelectorAll("#results-initiatives h3 a").Select(a => a.GetAttribute("href"))
            .Should().BeEquivalentTo([$"/en/initiatives/{WorkPlan}", $"/en/initiatives/{AadmerWorkProgramme}"]);
    }

    [Fact]
    public async Task Exports_give_the_status_on_the_day_beside_the_recorded_one()
    {
        var response = await Factory.CreateClient().GetAsync("/en/initiatives.csv?status=Ended");
        var rows = CsvExportTests.Parse(await response.Content.ReadAsByteArrayAsync());
        var header = rows[0].ToList();

        rows.Skip(1).Select(row => row[0]).Should().BeEquivalentTo([WorkPlan, AadmerWorkProgramme]);
        rows.Skip(1).Should().OnlyContain(row => row[header.IndexOf("status")] == "Ended" && row[header.IndexOf("recorded_status")] == "Ongoing");

        var workbook = Workbook.Read(await Factory.CreateClient().GetByteArrayAsync("/ja/initiatives.xlsx?status=StartPassed"));
        workbook.Rows.Should().ContainSingle().Which["status"].Should().Be("StartPassed");
        workbook.Rows.Single()["recorded_status"].Should().Be("Planned");
    }

    [Fact]
    public async Task The_api_filters_and_reports_the_status_on_the_day_and_the_recorded_one()
    {
        var ended = await GetJsonAsync("/api/v1/initiatives?status=ended&pageSize=100");
        ended.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("slug").GetString())
            .Should().BeEquivalentTo([WorkPlan, AadmerWorkProgramme]);
        ended.GetProperty("items").EnumerateArray().Should().OnlyContain(item =>
            item.GetProperty("status").GetString() == "Ended" && item.GetProperty("recordedStatus").GetString() == "Ongoing");

        var sseayp = await GetJsonAsync("/api/v1/initiatives/sseayp");
        var voyage = sseayp.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("date").GetProperty("value").GetString() == "2024-11-04");
        voyage.GetProperty("status").GetString().Should().Be("DatePassed", "the voyage of 4 November 2024 is past");
        voyage.GetProperty("recordedStatus").GetString().Should().Be("Planned");

        Clock.Now = FixedClock.NoonInJakarta(2024, 11, 4);
        var onTheDay = await GetJsonAsync("/api/v1/initiatives/sseayp");
        onTheDay.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("date").GetProperty("value").GetString() == "2024-11-04")
            .GetProperty("status").GetString().Should().Be("Planned", "on the day itself the voyage is still to come");
    }

    [Fact]
    public async Task The_iati_file_declares_an_initiative_past_its_end_in_finalisation()
    {
        var file = XDocument.Parse(await Factory.CreateClient().GetStringAsync("/en/initiatives.iati.xml?status=Ended"));
        var statuses = file.Root!.Elements("iati-activity").ToDictionary(
            activity => activity.Element("iati-identifier")!.Value.Split("-PLACEHOLDER-")[1],
            activity => activity.Element("activity-status")!.Attribute("code")!.Value);

        statuses.Should().NotBeEmpty().And.OnlyContain(pair => pair.Value == "3", "an initiative whose end date has passed, not recorded as completed, is in finalisation");
        statuses.Keys.Should().BeSubsetOf([WorkPlan, AadmerWorkProgramme]);
    }
}
