using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.VisualBasic.FileIO;
using MiniExcelLibs;

namespace JaifPortal.IntegrationTests.Dashboards;

/// <summary>
/// The pillar dashboards against the hand-counted fixture of <see cref="DashboardFixture"/>:
/// i1 (A; Ongoing, published, 2021, VN TH, Lead One), i2 (A and B; Ongoing, published, started 60 days ago, VN, Lead One),
/// i3 (B; Planned, in review, May 2023, TH, Lead Two), i4 (D; Completed, draft, 2015, stale), i5 (archived: never counted);
/// milestones m1 (i1, 30 days ago, VN), m2 (i1, in 20 days), m3 (i2, in 200 days, TH), m4 (i4, March 2016);
/// events e1 (B, in 10 days, VN, organised by Lead Two), e2 (D, June 2017), e3 (A, draft, 100 days ago, ID), e4 (archived).
/// </summary>
public class DashboardTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private const string Dashboard = "/en/dashboards/test-pillar";

    /// <summary>The fixture's counts are of every record but archived ones, which the dashboards count only when asked.</summary>
    private const string WithWorkInProgress = Dashboard + "?pub=all";

    private Task<HttpClient> OfficialAsync() => fixture.OfficialAsync();

    private static async Task<IDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        return await HtmlPage.ParseAsync(response);
    }

    /// <summary>A table's rows as their cells' text.</summary>
    private static List<string[]> Rows(IDocument page, string table) =>
        [.. page.QuerySelectorAll($"#{table}-table tbody tr").Select(row => row.Children.Select(cell => cell.TextContent.Trim()).ToArray())];

    private static string[] Row(IDocument page, string table, string label) =>
        Rows(page, table).Single(row => row[0] == label);

    private static string Text(IDocument page) => page.VisibleText();

    [Fact]
    public async Task Coverage_shows_what_backs_each_area_and_an_area_with_nothing_behind_it()
    {
        var page = await PageAsync(await OfficialAsync(), WithWorkInProgress);

        Row(page, "coverage", "Area A").Should().Equal("Area A", "2", "3", "1", "3", "Active");
        Row(page, "coverage", "Area B").Should().Equal("Area B", "2", "1", "1", "1", "Active");
        Row(page, "coverage", "Area C").Should().Equal("Area C", "0", "0", "0", "0", "Nothing behind it");
        Row(page, "coverage", "Area D").Should().Equal("Area D", "1", "1", "1", "0", "Nothing recent");
        Text(page).Should().Contain("Coverage: 3 of 4 areas (75%) have at least one initiative, milestone or event.")
            .And.Contain("2 of 4 areas (50%) have something from the last 12 months.");
        page.QuerySelector(".coverage-alert")!.TextContent.Should().Contain("Area C").And.NotContain("Area A");
        page.QuerySelector("#coverage .chart").Should().BeNull("the coverage is a grid of areas by what backs them, not a chart of one measure");
        page.QuerySelector("#coverage .coverage-grid #coverage-table")!.Closest("details").Should().BeNull("the grid is open, the first thing the dashboard shows after its figures");
        page.QuerySelectorAll("#coverage-table td.is-zero").Select(td => td.ParentElement!.Children[0].TextContent + ":" + td.TextContent.Trim()).Should()
            .Equal(["Area C:0", "Area C:0", "Area C:0", "Area C:0", "Area D:0"], "an empty cell is marked, and the last column says why in words");
        page.QuerySelectorAll("#coverage .download-menu a").Select(a => a.TextContent).Should().Equal("CSV", "XLSX");
    }

    [Fact]
    public async Task Initiatives_are_counted_by_publication_status_country_lead_organisation_and_start_year()
    {
        var page = await PageAsync(await OfficialAsync(), WithWorkInProgress);

        Text(page).Should().Contain("4 initiatives: 2 published, 1 in review, 1 draft.");
        Rows(page, "status").Should().BeEquivalentTo(
            new[] { new[] { "Planned", "0" }, new[] { "Start date passed", "1" }, new[] { "Ongoing", "2" }, new[] { "Completed", "1" } },
            o => o.WithStrictOrdering(),
            "test-i3 is still recorded as planned to start in May 2023, and statuses are read on the day as the public list filters them");
        Row(page, "countries", "Viet Nam").Should().Equal("Viet Nam", "2");
        Row(page, "countries", "Thailand").Should().Equal(new[] { "Thailand", "3" }, "test-i2 is there by its milestone m3");
        Row(page, "countries", "Indonesia").Should().Equal("Indonesia", "0");
        Rows(page, "organisations").Should().BeEquivalentTo(new[] { new[] { "Lead One", "2"}, new[] { "Lead Two", "1"} }, o => o.WithStrictOrdering());
        Text(page).Should().Contain("1 initiative has no lead organisation.");
        var years = new[] { ("2015", 1), ("2021", 1), ("2023", 1), (DashboardFixture.RecentStart.Year.ToString(CultureInfo.InvariantCulture), 1) }
            .GroupBy(y => y.Item1).Select(g => new[] { g.Key, g.Sum(y => y.Item2).ToString(CultureInfo.InvariantCulture) }).OrderBy(r => r[0], StringComparer.Ordinal);
        Rows(page, "years").Should().BeEquivalentTo(years, options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task Key_figures_add_up_only_within_one_unit_and_one_precision()
    {
        var page = await PageAsync(await OfficialAsync(), WithWorkInProgress);

        Row(page, "figures", "Yen").Should().Equal("Yen", "Exact", "2", "2", "¥3 billion");
        Row(page, "figures", "People").Should().Equal("People", "About (約)", "2", "2", "about 150 people");
        Row(page, "figures", "Days").Should().Equal("Days", "Exact", "1", "1", "not added up");
        Rows(page, "figures").Should().HaveCount(3, "the archived initiative's ¥7 billion never counts");
    }

    [Fact]
    public async Task The_timeline_lists_milestones_either_side_of_today_and_upcoming_events()
    {
        var page = await PageAsync(await OfficialAsync(), WithWorkInProgress);

        Rows(page, "milestones-next").Select(r => r[1]).Should().Equal("m2 coming soon", "m3 later this year");
        Rows(page, "milestones-past").Select(r => r[1]).Should().Equal("m1 done last month");
        Rows(page, "events").Select(r => r[1]).Should().Equal("Event test-e1");
        var soon = DashboardFixture.SoonMilestone;
        var month = new DateOnly(soon.Year, soon.Month, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        Row(page, "months", month)[2].Should().Be("1", "m2 is planned that month");
        Rows(page, "months").Should().HaveCount(25, "the last 12 months, this month and the next 12");
    }

    [Fact]
    public async Task Stale_records_are_listed_with_the_reason()
    {
        var page = await PageAsync(await OfficialAsync(), WithWorkInProgress);

        var stale = Rows(page, "stale");
        stale.Should().ContainSingle();
        stale[0][1].Should().Be("Initiative test-i4");
        stale[0][4].Should().Be("not changed for 365 days; a translation is older than its original");
        Text(page).Should().Contain("1 stale record.");
        Rows(page, "changed").Select(r => r[1]).Should().Contain(["Initiative test-i1", "Event test-e1"]).And.NotContain("Initiative test-i4");
    }

    [Theory]
    [InlineData("?country=VN&pub=all", "2 initiatives: 2 published, 0 in review, 0 draft.")]
    [InlineData("?country=th&status=Ongoing&pub=all", "2 initiatives: 2 published, 0 in review, 0 draft.")]
    [InlineData("?from=2021&to=2023&pub=all", "2 initiatives: 1 published, 1 in review, 0 draft.")]
    [InlineData("?organisation=lead-one&pub=all", "2 initiatives: 2 published, 0 in review, 0 draft.")]
    [InlineData("?area=test-area-b&organisation=lead-two&pub=all", "1 initiative: 0 published, 1 in review, 0 draft.")]
    public async Task Filters_compose_and_stay_in_the_address(string query, string totals)
    {
        var page = await PageAsync(await OfficialAsync(), Dashboard + query);

        Text(page).Should().Contain(totals);
        page.QuerySelector("form.dashboard-filter")!.GetAttribute("method").Should().Be("get");
        page.QuerySelectorAll("#status-table a").Should().OnlyContain(a => a.GetAttribute("href")!.Contains(query.TrimStart('?').Split('&')[0].Split('=')[0] + "=", StringComparison.OrdinalIgnoreCase),
            "every figure's link keeps the filter");
    }

    [Fact]
    public async Task By_default_only_published_records_count_and_the_switch_adds_drafts_and_records_in_review()
    {
        var client = await OfficialAsync();

        var published = await PageAsync(client, Dashboard);
        Text(published).Should().Contain("2 published initiatives.").And.Contain("Only published records are counted");
        published.Title.Should().NotContain("work in progress");
        Rows(published, "status").Should().BeEquivalentTo(new[] { new[] { "Planned", "0" }, new[] { "Ongoing", "2" }, new[] { "Completed", "0" } }, o => o.WithStrictOrdering(),
            "test-i3 is in review and test-i4 a draft");
        Row(published, "coverage", "Area D")[1].Should().Be("0", "the draft test-i4 does not back its area");
        Rows(published, "events").Select(r => r[1]).Should().Equal("Event test-e1");
        (await PageAsync(client, Dashboard + "/records?kind=initiatives")).QuerySelectorAll("table tbody tr").Should().HaveCount(2);

        var withWork = await PageAsync(client, published.QuerySelector("a.counted__switch")!.GetAttribute("href")!);
        withWork.Title.Should().StartWith("Pillar 9 dashboard: Test pillar (including work in progress)");
        Text(withWork).Should().Contain("4 initiatives: 2 published, 1 in review, 1 draft.").And.Contain("These figures are not what the public sees.");
        Rows(withWork, "status").Should().BeEquivalentTo(new[] { new[] { "Planned", "0" }, new[] { "Start date passed", "1" }, new[] { "Ongoing", "2" }, new[] { "Completed", "1" } },
            o => o.WithStrictOrdering(), "test-i3, in review, is recorded as planned to start in May 2023 (ADR 34)");
        Row(withWork, "coverage", "Area D")[1].Should().Be("1");
        withWork.QuerySelectorAll("#status-table a").Should().OnlyContain(a => a.GetAttribute("href")!.Contains("pub=all"), "the lists behind the figures count the same records");
        var export = await client.GetAsync(withWork.QuerySelector("#coverage a[download][href*='format=csv']")!.GetAttribute("href")!);
        export.Content.Headers.ContentDisposition!.FileName.Should().Contain("jaif-pillar9-coverage-with-work-in-progress-en.csv");
        var back = withWork.QuerySelector("a.counted__switch")!;
        back.TextContent.Should().Be("Count published records only");
        back.GetAttribute("href").Should().Be(Dashboard);

        var overview = await PageAsync(client, "/en/dashboards");
        Text(overview).Should().Contain("2 published initiatives.").And.NotContain("4 initiatives: 2 published, 1 in review, 1 draft.");
        var overviewWithWork = await PageAsync(client, overview.QuerySelector("a.counted__switch")!.GetAttribute("href")!);
        Text(overviewWithWork).Should().Contain("4 initiatives: 2 published, 1 in review, 1 draft.");
        overviewWithWork.Title.Should().Contain("(including work in progress)");
    }

    [Fact]
    public async Task A_briefing_pack_asked_for_work_in_progress_still_holds_published_records_and_says_so()
    {
        var client = await OfficialAsync();
        var dashboard = await PageAsync(client, WithWorkInProgress);
        var packLink = dashboard.QuerySelectorAll("a").Single(a => a.TextContent == "Briefing pack (print)").GetAttribute("href")!;
        packLink.Should().NotContain("pub=", "a pack may leave the Mission");

        var pack = await PageAsync(client, "/en/briefings/pillars/test-pillar?pub=all");

        pack.QuerySelectorAll(".briefing__initiative h3").Select(h => h.TextContent).Should().BeEquivalentTo("Initiative test-i1", "Initiative test-i2");
        pack.QuerySelector(".briefing__note")!.TextContent.Should().Contain("a pack never includes drafts or records in review");
    }

    [Fact]
    public async Task A_country_filter_counts_milestones_by_their_own_country_or_their_initiative_s_and_events_by_where_they_are_held()
    {
        var page = await PageAsync(await OfficialAsync(), Dashboard + "?country=VN");

        Row(page, "coverage", "Area A").Should().Equal("Area A", "2", "2", "0", "2", "Active");
        Row(page, "coverage", "Area B").Should().Equal("Area B", "1", "0", "1", "1", "Active");
        page.QuerySelector("#filter-country option[selected]")!.GetAttribute("value").Should().Be("VN");
    }

    [Fact]
    public async Task Every_figure_leads_to_a_list_with_as_many_records()
    {
        var client = await OfficialAsync();
        var page = await PageAsync(client, Dashboard + "?pub=all");
        var links = page.QuerySelectorAll("#coverage-table a, #status-table a, #countries-table a, #organisations-table a, #years-table a, #figures-table a")
            .Concat(page.QuerySelectorAll("#months-table a").Where(a => a.TextContent != "0"))
            .Select(a => (Href: a.GetAttribute("href")!, Count: int.Parse(a.TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)))
            .ToList();

        links.Should().HaveCountGreaterThan(20);
        foreach (var (href, count) in links)
        {
            href.Should().StartWith("/en/dashboards/test-pillar/records?kind=");
            var list = await PageAsync(client, href);
            list.QuerySelector("p.count")!.TextContent.Should().Be(count == 1 ? "1 record" : $"{count} records", href);
            list.QuerySelectorAll("table tbody tr").Should().HaveCount(count, href);
        }
    }

    [Fact]
    public async Task Unknown_or_absurd_filter_values_are_explained_and_the_unfiltered_view_is_shown()
    {
        var client = await OfficialAsync();
        var page = await PageAsync(client, Dashboard + "?from=2030&to=2020&country=XX&status=Finished&area=space&organisation=nobody&pub=everything");

        Text(page).Should().Contain("2 published initiatives.", "a value that is not a choice leaves the default, published records only");
        page.QuerySelectorAll(".dashboard-problems li").Select(li => li.TextContent).Should().BeEquivalentTo(
        [
            "The years run backwards (2030 to 2020), so the year range was left out.",
            "There is no country with the code “XX”, so the country filter was left out.",
            "“space” is not a cooperation area of this pillar, so the area filter was left out.",
            "“Finished” is not a status (Planned, Ongoing or Completed), so the status filter was left out.",
            "There is no organisation “nobody”, so the organisation filter was left out.",
            "“everything” is not a choice of records to count, so only published records are counted.",
        ]);

        var japanese = await PageAsync(client, "/ja/dashboards/9?from=abc&to=99999&pub=all");
        japanese.QuerySelectorAll(".dashboard-problems li").Select(li => li.TextContent).Should().Equal(
            "「abc」は1900年から2200年までの年ではないため、使用しませんでした。",
            "「99999」は1900年から2200年までの年ではないため、使用しませんでした。");
        Text(japanese).Should().Contain("取組4件（公開中2件、承認待ち1件、下書き1件）");

        var unknown = await client.GetAsync("/en/dashboards/no-such-pillar");
        unknown.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var overview = await PageAsync(client, unknown.Headers.Location!.OriginalString);
        overview.QuerySelector(".dashboard-problems")!.TextContent.Trim().Should().Be("There is no pillar “no-such-pillar”. Choose one of the three pillars below.");

        (await client.GetAsync(Dashboard + "/records?kind=people&month=13-2024&figure=Apples-Pears&publication=Archived&show=everything")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(Dashboard + "/export?table=nothing&format=csv")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_dashboard_table_downloads_as_csv_and_xlsx_in_the_language_of_the_page()
    {
        var client = await OfficialAsync();
        var page = await PageAsync(client, "/ja/dashboards/9?country=VN");
        var csvLink = page.QuerySelector("#coverage a[download][href*='format=csv']")!.GetAttribute("href")!;
        var xlsxLink = page.QuerySelector("#coverage a[download][href*='format=xlsx']")!.GetAttribute("href")!;
        csvLink.Should().Contain("country=VN");

        var csvResponse = await client.GetAsync(csvLink);
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        csvResponse.Content.Headers.ContentDisposition!.FileName.Should().Contain("jaif-pillar9-coverage-published-ja.csv", "the file says what it counts");
        var csv = ParseCsv(bytes);
        csv[0].Should().Equal("協力分野", "取組", "主な動き", "イベント", "直近12か月", "状態");
        csv.Skip(1).Should().BeEquivalentTo(Rows(page, "coverage"), options => options.WithStrictOrdering());
        csv[1].Should().Equal("分野A", "2", "2", "0", "2", "動きあり");
        csv[3].Should().Equal("分野C", "0", "0", "0", "0", "裏付けなし");

        var xlsxResponse = await client.GetAsync(xlsxLink);
        xlsxResponse.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var xlsx = new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync());
        var sheet = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        sheet.Select(row => (string)row["協力分野"]).Should().Equal("分野A", "分野B", "分野C", "分野D");
        sheet.Select(row => Convert.ToInt32(row["取組"], CultureInfo.InvariantCulture)).Should().Equal(2, 1, 0, 0);
        sheet.Select(row => Convert.ToInt32(row["イベント"], CultureInfo.InvariantCulture)).Should().Equal(0, 1, 0, 0);
        sheet.Should().OnlyContain(row => row["取組"] is double, "counts are numbers a spreadsheet can add up");

        var months = Workbook.Read(await client.GetByteArrayAsync(page.QuerySelector("#timeline a[download][href*='table=months'][href*='format=xlsx']")!.GetAttribute("href")!));
        months.Rows.Should().NotBeEmpty().And.OnlyContain(row => row[months.Headers[0]] is DateTime && row[months.Headers[1]] is double);
        months.NumberFormat(0, months.Headers[0]).Should().Be("yyyy-mm", "a month of the timeline is a date shown as its month");
    }

    [Fact]
    public async Task The_list_behind_a_figure_downloads_whole_under_the_same_filter()
    {
        var client = await OfficialAsync();
        var list = await PageAsync(client, Dashboard + "/records?kind=initiatives&country=VN");
        var csvLink = list.QuerySelector("a[download][href*='format=csv']")!.GetAttribute("href")!;
        var xlsxLink = list.QuerySelector("a[download][href*='format=xlsx']")!.GetAttribute("href")!;

        var csv = ParseCsv(await client.GetByteArrayAsync(csvLink));
        csv[0].Should().StartWith("Name", "Publication", "Status", "Start", "Countries", "Lead organisations");
        csv.Skip(1).Select(row => row[0]).Should().Equal("Initiative test-i1", "Initiative test-i2");
        csv[1][3].Should().Be("2021");
        csv[1][4].Split(' ').Should().BeEquivalentTo("TH", "VN");
        csv[1][5].Should().Be("Lead One");

        var workbook = Workbook.Read(await client.GetByteArrayAsync(xlsxLink));
        workbook.Rows.Select(row => (string?)row["Name"]).Should().Equal("Initiative test-i1", "Initiative test-i2");
        workbook.Rows[0]["Start"].Should().Be(new DateTime(2021, 1, 1), "a date stays a date in the workbook");
        workbook.NumberFormat(0, "Start").Should().Be("yyyy", "shown as the year the source gives");
        workbook.Rows[0]["Last changed (Jakarta time)"].Should().BeOfType<DateTime>();
        workbook.NumberFormat(0, "Last changed (Jakarta time)").Should().Be("yyyy-mm-dd hh:mm");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_accounts_without_a_role_are_refused()
    {
        using var anonymous = BackOffice.NewClient(fixture.Factory);
        foreach (var path in new[] { "/en/dashboards", Dashboard, Dashboard + "/records?kind=events", Dashboard + "/export?table=coverage&format=csv", "/ja/dashboards/2" })
        {
            var response = await anonymous.GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, path);
            response.Headers.Location!.OriginalString.Should().Be("/admin/sign-in?ReturnUrl=" + Uri.EscapeDataString(path), path);
        }

        var roleless = $"nobody-{Guid.NewGuid():N}@jmt.example";
        await BackOffice.CreateUserAsync(fixture.Factory, roleless);
        using var signedIn = await BackOffice.SignedInClientAsync(fixture.Factory, roleless);
        var refused = await signedIn.GetAsync(Dashboard);
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
        (await signedIn.GetAsync(refused.Headers.Location)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(PortalRoles.Official)]
    [InlineData(PortalRoles.Editor)]
    [InlineData(PortalRoles.Reviewer)]
    [InlineData(PortalRoles.Administrator)]
    public async Task Every_back_office_role_signs_in_once_and_reads_the_dashboards(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@jmt.example";
        await BackOffice.CreateUserAsync(fixture.Factory, email, role);
        using var client = BackOffice.NewClient(fixture.Factory);
        var token = await BackOffice.AntiforgeryTokenAsync(client, "/admin/sign-in?ReturnUrl=%2Fja%2Fdashboards");
        var signIn = await client.PostAsync("/admin/sign-in?ReturnUrl=%2Fja%2Fdashboards", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = BackOffice.Password,
            ["__RequestVerificationToken"] = token,
        }));

        signIn.Headers.Location!.OriginalString.Should().Be("/ja/dashboards");
        var overview = await PageAsync(client, "/ja/dashboards");
        overview.QuerySelector("h1")!.TextContent.Should().Be("柱別ダッシュボード");
        (await client.GetAsync("/en/dashboards/2")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.OK, "the same session serves the back office");
    }

    [Fact]
    public async Task The_overview_shows_each_pillar_s_coverage_and_what_is_coming_up()
    {
        var page = await PageAsync(await OfficialAsync(), "/en/dashboards");
        var card = page.QuerySelectorAll(".dashboard-pillars > li").Single(li => li.TextContent.Contains("Test pillar", StringComparison.Ordinal));

        card.TextContent.Should().Contain("Coverage: 3 of 4 areas (75%)").And.Contain("Area C");
        var comingUp = card.QuerySelectorAll("a[href*='show=soon']").Select(a => a.TextContent).ToList();
        comingUp.Should().Equal("Milestones 1", "Events 1");
        page.QuerySelectorAll(".dashboard-pillars > li").Should().HaveCount(4, "the three pillars of the plan and the test pillar");
    }

    [Fact]
    public async Task The_japanese_overview_writes_its_counts_and_labels_without_half_width_punctuation_or_spaces()
    {
        var page = await PageAsync(await OfficialAsync(), "/ja/dashboards");
        var card = page.QuerySelectorAll(".dashboard-pillars > li").Single(li => li.TextContent.Contains("試験の柱", StringComparison.Ordinal));

        card.QuerySelectorAll("p").Select(p => p.TextContent).Should().Contain(text => text.EndsWith("の予定：主な動き1件、イベント1件", StringComparison.Ordinal));
        page.QuerySelector(".period-choice")!.TextContent.Should().StartWith("「最近」の期間：直近12か月");
        page.QuerySelector(".counted")!.TextContent.Should().Contain("数えています。作業中");
    }

    [Fact]
    public async Task The_public_pillar_page_shows_a_reduced_dashboard_of_published_records_only()
    {
        using var anonymous = BackOffice.NewClient(fixture.Factory);
        var page = await PageAsync(anonymous, "/en/pillars/test-pillar");

        Row(page, "coverage", "Area A").Take(4).Should().Equal("Area A", "2", "3", "0");
        Row(page, "coverage", "Area B").Take(4).Should().Equal("Area B", "1", "1", "1");
        Row(page, "coverage", "Area D").Take(4).Should().Equal("Area D", "0", "0", "1");
        Rows(page, "status").Should().BeEquivalentTo(new[] { new[] { "Planned", "0"}, new[] { "Ongoing", "2"}, new[] { "Completed", "0"} }, o => o.WithStrictOrdering());
        Row(page, "countries", "Thailand").Should().Equal(new[] { "Thailand", "2" }, "test-i1 names Thailand and test-i2 has a milestone there; test-i3 is in review");
        page.QuerySelector("#coverage-table a")!.GetAttribute("href").Should().Be("/en/initiatives?pillar=test-pillar&area=test-area-a");
        page.QuerySelector("#stale-table").Should().BeNull();
        page.QuerySelector("#changed-table").Should().BeNull();
        page.QuerySelectorAll("a[download]").Should().BeEmpty();
        Text(page).Should().NotContain("test-i3").And.NotContain("in review");
    }

    [Fact]
    public async Task Seeded_pillars_count_as_the_sources_say()
    {
        var client = await OfficialAsync();
        var second = await PageAsync(client, "/en/dashboards/2");
        // The two 2021–2025 work plans read as ended; the 2026–2030 one is planned until 2027, then past its start date.
        var statuses = Rows(second, "status").ToDictionary(row => row[0], row => int.Parse(row[1], CultureInfo.InvariantCulture));
        statuses.Should().Contain(new Dictionary<string, int> { ["Ongoing"] = 32, ["Ended"] = 2, ["Completed"] = 0 });
        (statuses["Planned"] + statuses.GetValueOrDefault("Start date passed")).Should().Be(5);
        Text(second).Should().Contain("39 published initiatives.");

        var vietNam = await PageAsync(client, "/en/dashboards/partners-for-co-creation-of-economy-and-society-of-the-future/records?kind=initiatives&country=VN");
        // MIDORI names Viet Nam; the other 32 of the pillar count there because they cover all of ASEAN (ADR 26).
        Rows(vietNam, "initiatives").Select(r => r[0]).Should().Contain("ASEAN-Japan MIDORI Cooperation Plan").And.HaveCount(33);

        var third = await PageAsync(client, "/ja/dashboards/3?country=VN");
        Text(third).Should().Contain("取組18件", "the third pillar's 18 regional initiatives; none names Viet Nam");
    }

    private static List<string[]> ParseCsv(byte[] content)
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
}
