using System.Text;
using JaifPortal.IntegrationTests.Infrastructure;
using Microsoft.VisualBasic.FileIO;
using MiniExcelLibs;

namespace JaifPortal.IntegrationTests.Discovery;

public class CsvExportTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    /// <summary>Parsed by an independent CSV reader, the way a spreadsheet would read the file.</summary>
    internal static List<string[]> Parse(byte[] content)
    {
        using var parser = new TextFieldParser(new MemoryStream(content), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    [Fact]
    public async Task The_initiative_list_downloads_as_csv_with_both_languages_and_a_byte_order_mark_for_spreadsheets()
    {
        var response = await _client.GetAsync("/ja/initiatives.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = Parse(bytes);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("jaif-initiatives-ja.csv");
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        rows[0].Should().StartWith(["slug", "name_en", "name_ja"]);
        var sseayp = rows.Single(row => row[0] == "sseayp");
        sseayp[1].Should().Be("Ship for Southeast Asian and Japanese Youth Program");
        sseayp[2].Should().Be("東南アジア青年の船");
        sseayp[rows[0].ToList().IndexOf("start")].Should().Be("1974");
        sseayp[rows[0].ToList().IndexOf("countries")].Should().Be("ID VN");
        sseayp[^1].Should().Be("http://localhost/ja/initiatives/sseayp");
        rows.Should().HaveCount(75, "a header and the 74 published initiatives of the sources");
    }

    [Fact]
    public async Task The_csv_follows_the_pillar_filter_of_the_list_it_was_downloaded_from()
    {
        var list = await HtmlPage.ParseAsync(await _client.GetAsync("/en/initiatives?pillar=partners-for-peace-and-stability"));
        var link = list.QuerySelector("a[download]")!.GetAttribute("href")!;

        var rows = Parse(await _client.GetByteArrayAsync(link));

        link.Should().Be("/en/initiatives.csv?pillar=partners-for-peace-and-stability");
        rows.Skip(1).Select(row => row[0]).Should().Contain("jasmine").And.NotContain("jenesys");
        rows.Skip(1).Should().OnlyContain(row => row[rows[0].ToList().IndexOf("pillars")].Contains('3'));
    }

    [Theory]
    [InlineData("/en/events", "stakeholder-consultation-with-the-asean-dialogue-partners-2024", "Jakarta")]
    [InlineData("/ja/organisations", "jaif", "日ASEAN統合基金")]
    public async Task The_event_and_organisation_lists_download_as_csv_too(string list, string slug, string expected)
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync(list));
        var rows = Parse(await _client.GetByteArrayAsync(page.QuerySelector("a[download]")!.GetAttribute("href")));

        rows.Single(row => row[0] == slug).Should().Contain(expected);
    }

    [Theory]
    [InlineData("/en/initiatives?country=VN&status=ongoing&page=2", "initiatives")]
    [InlineData("/ja/events?country=ID", "events")]
    [InlineData("/en/organisations?country=JP", "organisations")]
    [InlineData("/ja/search?q=ASEAN&pillar=heart-to-heart-partners-across-generations", "search")]
    public async Task Every_list_also_downloads_as_an_excel_workbook_holding_the_same_rows_as_its_csv(string list, string name)
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync(list));
        var csvLink = page.QuerySelector($"a[href*='/{name}.csv']")!.GetAttribute("href")!;
        var xlsxLink = page.QuerySelector($"a[href*='/{name}.xlsx']")!.GetAttribute("href")!;

        xlsxLink.Should().Be(csvLink.Replace($"/{name}.csv", $"/{name}.xlsx", StringComparison.Ordinal), "the workbook carries the same filters");
        var csv = Parse(await _client.GetByteArrayAsync(csvLink));
        var xlsxResponse = await _client.GetAsync(xlsxLink);
        xlsxResponse.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        xlsxResponse.Content.Headers.ContentDisposition!.FileName.Should().EndWith(".xlsx");
        using var workbook = new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync());
        var sheet = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        csv.Count.Should().BeGreaterThan(1, "the filter should leave some rows to compare");
        sheet.Should().HaveCount(csv.Count - 1);
        sheet.Select(row => row[csv[0][0]]?.ToString() ?? string.Empty).Should().Equal(csv.Skip(1).Select(row => row[0]));
        sheet[0].Keys.Should().Equal(csv[0]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task The_workbooks_keep_dates_as_dates_shown_to_the_precision_of_their_source_and_counts_as_numbers(string language)
    {
        var initiatives = Workbook.Read(await _client.GetByteArrayAsync($"/{language}/initiatives.xlsx"));
        (object? Value, string? Format) Start(string slug)
        {
            var row = initiatives.Rows.FindIndex(row => (string?)row["slug"] == slug);
            return (initiatives.Rows[row]["start"], initiatives.NumberFormat(row, "start"));
        }

        Start("asean-japan-economic-co-creation-vision").Should().Be((new DateTime(2023, 8, 22), "yyyy-mm-dd"));
        Start("chiang-mai-declaration").Should().Be((new DateTime(2023, 9, 1), "yyyy-mm"), "a month is a date that shows as its month");
        Start("sseayp").Should().Be((new DateTime(1974, 1, 1), "yyyy"));
        Start("jsps-asean-africa-short-term").Should().Be((new DateTime(2025, 4, 1), "\"FY\"yyyy"), "Japan's fiscal year 2025 starts on 1 April 2025");
        Start("jenesys").Value.Should().BeNull("the source gives no start");
        initiatives.Rows.Single(row => (string?)row["slug"] == "aadmer-work-programme-2021-2025")["end"].Should().Be(new DateTime(2025, 1, 1));
        initiatives.Rows.Select(row => row["name_en"]).Should().AllBeOfType<string>();

        var events = Workbook.Read(await _client.GetByteArrayAsync($"/{language}/events.xlsx"));
        events.Rows.Single(row => (string?)row["slug"] == "stakeholder-consultation-with-the-asean-dialogue-partners-2024")["start"]
            .Should().Be(new DateTime(2024, 8, 27));

        var countries = Workbook.Read(await _client.GetByteArrayAsync($"/{language}/countries.xlsx"));
        var vietNam = countries.Rows.Single(row => (string?)row["iso_code"] == "VN");
        vietNam["initiatives"].Should().BeOfType<double>().Which.Should().BePositive();
        countries.Rows.Should().OnlyContain(row => row["initiatives"] is double && row["events"] is double && row["organisations"] is double);

        var search = Workbook.Read(await _client.GetByteArrayAsync($"/{language}/search.xlsx?q=ASEAN"));
        search.Rows.Select(row => row["rank"]).Should().NotBeEmpty().And.AllBeOfType<double>();
        search.Rows[0]["rank"].Should().Be(1.0);
    }

    [Theory]
    [InlineData("/en/initiatives.pdf")]
    [InlineData("/en/events.xls")]
    [InlineData("/ja/countries.XLSX2")]
    public async Task A_download_format_the_portal_does_not_make_is_not_found(string address)
    {
        (await _client.GetAsync(address)).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
}

/// <summary>Every CSV follows every filter of the list it was downloaded from, checked against the fixture of <see cref="DiscoveryPortal"/>.</summary>
public class FilteredCsvExportTests(DiscoveryPortal portal) : IClassFixture<DiscoveryPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    /// <summary>The "Download" link of a page, and the CSV it leads to as rows of named columns.</summary>
    private async Task<(string Link, List<Dictionary<string, string>> Rows)> DownloadFromAsync(string path)
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync(path));
        var link = page.QuerySelector("a[download]")!.GetAttribute("href")!;
        var response = await _client.GetAsync(link);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var rows = CsvExportTests.Parse(bytes);
        return (link, [.. rows.Skip(1).Select(row => rows[0].Zip(row).ToDictionary(pair => pair.First, pair => pair.Second))]);
    }

    [Fact]
    public async Task The_initiative_csv_takes_every_filter_of_the_list_but_not_its_page()
    {
        var (link, rows) = await DownloadFromAsync($"/en/initiatives?organisation={DiscoveryPortal.Borealis}&country=mm&year=2021&page=2");

        link.Should().Be($"/en/initiatives.csv?country=mm&year=2021&organisation={DiscoveryPortal.Borealis}");
        rows.Select(row => row["slug"]).Should().Equal("zephyrquill-alpha");
        rows[0]["organisations"].Should().Be(DiscoveryPortal.Borealis);
        rows[0]["countries"].Should().Be("MM");
        rows[0]["milestone_countries"].Should().Be("MM");
    }

    [Fact]
    public async Task An_initiative_found_in_a_country_by_its_milestone_alone_is_in_that_countrys_csv()
    {
        // Beta is recorded as planned to start in 2021, so on any day since it reads "start date passed" (ADR 34).
        var (_, rows) = await DownloadFromAsync($"/ja/initiatives?country=BN&pillar={DiscoveryPortal.PeacePillar}&status=StartPassed");

        // Beta names no country and does not cover all of ASEAN (the regional initiatives found beside it do).
        var beta = rows.Should().ContainSingle(row => row["slug"] == "zephyrquill-beta").Which;
        beta["countries"].Should().BeEmpty();
        beta["milestone_countries"].Should().Be("BN");
        beta["name_ja"].Should().Be("Zephyrquill・beta計画");
    }

    [Fact]
    public async Task The_event_and_organisation_csv_follow_their_lists_filters()
    {
        var (eventLink, events) = await DownloadFromAsync($"/en/events?organisation={DiscoveryPortal.Borealis}&area=space");
        var (organisationLink, organisations) = await DownloadFromAsync($"/ja/organisations?country=MM&area=rule-of-law");

        eventLink.Should().Be($"/en/events.csv?area=space&organisation={DiscoveryPortal.Borealis}");
        events.Select(row => row["slug"]).Should().Equal("zephyrquill-forum");
        events[0]["organisations"].Should().Be(DiscoveryPortal.Borealis);
        events[0]["country"].Should().Be("MM");
        organisationLink.Should().Be("/ja/organisations.csv?area=rule-of-law&country=MM");
        organisations.Select(row => row["slug"]).Should().Equal(DiscoveryPortal.Borealis);
    }

    [Fact]
    public async Task The_search_results_download_with_the_same_search_and_filters_every_result_ranked_within_its_kind()
    {
        var (link, rows) = await DownloadFromAsync($"/en/search?q={DiscoveryPortal.Token}&country=BN");
        var (_, all) = await DownloadFromAsync($"/en/search?q={DiscoveryPortal.Token}");

        link.Should().Be($"/en/search.csv?q={DiscoveryPortal.Token}&country=BN");
        rows.Select(row => (row["kind"], row["slug"])).Should().BeEquivalentTo([("initiatives", "zephyrquill-beta"), ("initiatives", "zephyrquill-gamma")]);
        rows.Select(row => row["rank"]).Should().Equal("1", "2");
        rows.Should().OnlyContain(row => row["url"].StartsWith("http://localhost/en/initiatives/zephyrquill-", StringComparison.Ordinal));
        all.GroupBy(row => row["kind"]).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<string, int> { ["initiatives"] = 3, ["events"] = 2, ["organisations"] = 1 });
        all.Single(row => row["slug"] == DiscoveryPortal.Institute)["name_ja"].Should().Be("Zephyrquill研究所");
    }

    [Fact]
    public async Task The_search_csv_holds_every_result_not_only_the_best_twenty_the_page_shows()
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync("/en/search?q=ASEAN"));
        var rows = CsvExportTests.Parse(await _client.GetByteArrayAsync("/en/search.csv?q=ASEAN"));

        var shownTotal = int.Parse(page.QuerySelector("#heading-initiatives .count")!.TextContent.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture);
        page.QuerySelectorAll("#results-initiatives .search-result").Should().HaveCount(20);
        shownTotal.Should().BeGreaterThan(20);
        rows.Count(row => row[0] == "initiatives").Should().Be(shownTotal);
    }

    [Fact]
    public async Task The_countries_csv_has_the_counts_of_the_countries_page()
    {
        var (link, rows) = await DownloadFromAsync("/en/countries");
        var page = await HtmlPage.ParseAsync(await _client.GetAsync("/en/countries"));

        link.Should().Be("/en/countries.csv");
        var byCode = rows.ToDictionary(row => row["iso_code"]);
        // The fixture's two in each, plus the 65 published seeded initiatives that cover all of ASEAN (ADR 26).
        (byCode["BN"]["initiatives"], byCode["BN"]["events"], byCode["BN"]["organisations"]).Should().Be(("67", "0", "0"));
        (byCode["MM"]["initiatives"], byCode["MM"]["events"], byCode["MM"]["organisations"]).Should().Be(("67", "1", "1"));
        (byCode["TL"]["events"], byCode["TL"]["organisations"]).Should().Be(("1", "1"));
        byCode["JP"]["name_ja"].Should().Be("日本");
        var tableRows = page.QuerySelectorAll(".country-table tbody tr:has(a)");
        tableRows.Should().NotBeEmpty();
        foreach (var row in tableRows)
        {
            var name = row.QuerySelector("th a")!.TextContent;
            rows.Single(csv => csv["name_en"] == name)["initiatives"].Should().Be(row.QuerySelector("td")!.TextContent, $"the countries page and the CSV agree for {name}");
        }
    }
}
