using System.Net;
using System.Xml.Linq;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Discovery;

public class IatiExportTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private static readonly XNamespace Portal = "urn:x-jaif-portal:iati";
    private static readonly XName Lang = XNamespace.Xml + "lang";

    private readonly HttpClient _client = portal.CreateClient();

    /// <summary>Fetches an IATI file, checks it is served as UTF-8 XML and valid against the 2.03 schema, and parses it.</summary>
    private static async Task<XDocument> FetchValidAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(address);
        var xml = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, xml);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        IatiSchema.Problems(xml).Should().BeEmpty($"{address} must validate against the IATI 2.03 activity schema");
        return XDocument.Parse(xml);
    }

    private static XElement Activity(XDocument document, string slug) =>
        document.Root!.Elements("iati-activity").Single(a => a.Element("iati-identifier")!.Value.EndsWith("-" + slug, StringComparison.Ordinal));

    private static List<string> Slugs(XDocument document) =>
        [.. document.Root!.Elements("iati-activity").Select(a => a.Element("iati-identifier")!.Value["JAIF-PLACEHOLDER-".Length..])];

    private static Dictionary<string, string> Narratives(XElement? element) =>
        element!.Elements("narrative").ToDictionary(n => (string)n.Attribute(Lang)!, n => n.Value);

    [Fact]
    public async Task A_list_links_to_its_iati_file_only_when_the_file_has_activities()
    {
        var statusOf = new Dictionary<string, HttpStatusCode>();
        foreach (var filter in new[] { string.Empty, "?status=Planned", "?status=Ongoing", "?status=Completed", "?area=space", "?area=sports", "?area=rule-of-law", "?area=wps-yps", "?area=disinformation", "?area=nuclear-disarmament" })
        {
            var page = await _client.GetPageAsync("/en/initiatives" + filter);
            var iati = await _client.GetAsync("/en/initiatives.iati.xml" + filter);
            statusOf[filter] = iati.StatusCode;

            var link = page.QuerySelector("a[href^='/en/initiatives.iati.xml']");
            (link is not null).Should().Be(iati.StatusCode == HttpStatusCode.OK, $"the list{filter} links to its IATI file only when it has activities");
        }

        statusOf.Values.Should().Contain(HttpStatusCode.OK).And.Contain(HttpStatusCode.NotFound, "some list has nothing IATI can take");
    }

    [Fact]
    public void The_schema_check_itself_rejects_elements_out_of_the_order_iati_demands()
    {
        const string StatusBeforeOrganisation = """
            <iati-activities version="2.03"><iati-activity>
              <iati-identifier>X-1</iati-identifier>
              <reporting-org ref="X" type="40"><narrative>X</narrative></reporting-org>
              <title><narrative>T</narrative></title>
              <description><narrative>D</narrative></description>
              <activity-status code="2"/>
              <participating-org role="1"><narrative>O</narrative></participating-org>
              <activity-date type="1" iso-date="2024-01-01"/>
            </iati-activity></iati-activities>
            """;

        IatiSchema.Problems(StatusBeforeOrganisation).Should().ContainSingle().Which.Should().Contain("participating-org");
    }

    [Fact]
    public async Task All_published_initiatives_that_have_what_iati_requires_come_as_one_valid_203_file()
    {
        var document = await FetchValidAsync(_client, "/en/initiatives.iati.xml");
        var root = document.Root!;

        root.Name.LocalName.Should().Be("iati-activities");
        root.Attribute("version")!.Value.Should().Be("2.03");
        DateTimeOffset.Parse(root.Attribute("generated-datetime")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        Slugs(document).Should().HaveCount(18, "18 of the 74 published initiatives have a date and a published organisation")
            .And.Contain(["sseayp", "comprehensive-connectivity-initiative", "azec", "jasmine"])
            .And.OnlyHaveUniqueItems();
        var comments = root.Nodes().OfType<XComment>().Select(c => c.Value).ToList();
        comments.Should().Contain(c => c.Contains("placeholder", StringComparison.Ordinal) && c.Contains("Portal:Iati:ReportingOrgRef", StringComparison.Ordinal));
        comments.Should().Contain(c => c.Contains("56 published initiative(s)", StringComparison.Ordinal)
            && c.Contains("jenesys (lacks a start or end date)", StringComparison.Ordinal)
            && c.Contains("hiroshima-ai-process-friends-group (lacks a participating organisation)", StringComparison.Ordinal));
        root.Elements("iati-activity").Should().OnlyContain(a =>
            a.Element("reporting-org")!.Attribute("ref")!.Value == "JAIF-PLACEHOLDER"
            && a.Element("reporting-org")!.Attribute("type")!.Value == "40"
            && a.Element("reporting-org")!.Attribute("secondary-reporter")!.Value == "1");
    }

    [Fact]
    public async Task An_initiative_carries_its_titles_in_both_languages_status_dates_countries_sectors_organisations_and_pages()
    {
        var activity = Activity(await FetchValidAsync(_client, "/en/initiatives.iati.xml"), "comprehensive-connectivity-initiative");

        activity.Attribute(Lang)!.Value.Should().Be("ja", "the source was written in Japanese");
        activity.Element("iati-identifier")!.Value.Should().Be("JAIF-PLACEHOLDER-comprehensive-connectivity-initiative");
        Narratives(activity.Element("title")).Should().Equal(new Dictionary<string, string>
        {
            ["en"] = "Japan-ASEAN Comprehensive Connectivity Initiative",
            ["ja"] = "日ASEAN包括的連結性イニシアティブ",
        });
        var description = Narratives(activity.Element("description"));
        description.Keys.Should().Equal("en", "ja");
        description["en"].Should().NotContain("**", "Markdown is turned into plain text");
        activity.Element("description")!.Attribute("type")!.Value.Should().Be("1");
        activity.Element("activity-status")!.Attribute("code")!.Value.Should().Be("2", "an ongoing initiative is in implementation");

        var start = activity.Elements("activity-date").Should().ContainSingle().Subject;
        start.Attribute("type")!.Value.Should().Be("2", "an ongoing initiative has actually started");
        start.Attribute("iso-date")!.Value.Should().Be("2023-09-01", "the source gives the month only");
        Narratives(start).Should().Equal(new Dictionary<string, string>
        {
            ["en"] = "Date as given by the source: September 2023",
            ["ja"] = "出典に記載の日付：2023年9月",
        });

        activity.Elements("recipient-country").Select(c => (c.Attribute("code")!.Value, c.Attribute("percentage")!.Value))
            .Should().Equal(("ID", "33.34"), ("KH", "33.33"), ("PH", "33.33"));
        Narratives(activity.Elements("recipient-country").First())["ja"].Should().Be("インドネシア");

        var areas = activity.Elements("sector").Where(s => s.Attribute("vocabulary")!.Value == "99").ToList();
        areas.Select(s => s.Attribute("code")!.Value).Should().Equal("connectivity", "energy-and-critical-minerals", "digital");
        areas.Sum(s => decimal.Parse(s.Attribute("percentage")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(100m);
        areas[0].Attribute("vocabulary-uri")!.Value.Should().Be("http://localhost/en/areas/connectivity");
        Narratives(areas[0]).Should().Equal(new Dictionary<string, string> { ["en"] = "Connectivity", ["ja"] = "連結性" });
        var pillar = activity.Elements("sector").Should().ContainSingle(s => s.Attribute("vocabulary")!.Value == "98").Subject;
        pillar.Attribute("code")!.Value.Should().Be("partners-for-co-creation-of-economy-and-society-of-the-future");
        pillar.Attribute("percentage").Should().BeNull("a single pillar is all of the activity");

        activity.Elements("participating-org").Select(o => (Narratives(o)["en"], o.Attribute("role")!.Value, o.Attribute(Portal + "role")!.Value, (string?)o.Attribute("type")))
            .Should().BeEquivalentTo(new[]
            {
                ("Japan International Cooperation Agency", "4", "Implementer", (string?)"15"),
                ("ASEAN Centre for Energy", "4", "Partner", "40"),
                ("ASEAN-Japan Cybersecurity Capacity Building Centre", "4", "Partner", null),
            });

        activity.Elements("document-link").Select(d => (d.Attribute("url")!.Value, d.Element("category")!.Attribute("code")!.Value, d.Element("language")!.Attribute("code")!.Value))
            .Should().Equal(
                ("http://localhost/en/initiatives/comprehensive-connectivity-initiative", "A12", "en"),
                ("http://localhost/ja/initiatives/comprehensive-connectivity-initiative", "A12", "ja"));
        activity.Elements("related-activity").Select(r => (r.Attribute("ref")!.Value, r.Attribute("type")!.Value))
            .Should().Contain(("JAIF-PLACEHOLDER-metro-manila-subway", "2"));
    }

    [Fact]
    public async Task Japan_gives_and_is_never_a_recipient_and_a_lone_recipient_needs_no_percentage()
    {
        var azec = Activity(await FetchValidAsync(_client, "/ja/initiatives.iati.xml"), "azec");

        azec.Elements("recipient-country").Should().ContainSingle().Which.Attributes().Select(a => a.Name.LocalName).Should().Equal("code");
        azec.Element("recipient-country")!.Attribute("code")!.Value.Should().Be("ID");
        azec.Elements("participating-org").Select(o => (o.Attribute("role")!.Value, o.Attribute(Portal + "role")!.Value, Narratives(o)["ja"]))
            .Should().Equal(("2", "Lead", "経済産業省"), ("4", "Partner", "東アジア・アセアン経済研究センター"));
        azec.Element("sector")!.Attribute("vocabulary-uri")!.Value.Should().StartWith("http://localhost/ja/areas/");
    }

    [Fact]
    public async Task A_work_plan_runs_from_the_first_day_of_its_first_year_to_the_last_day_of_its_last()
    {
        var plan = Activity(await FetchValidAsync(_client, "/en/initiatives.iati.xml"), "asean-japan-disaster-management-work-plan-2021-2025");

        plan.Elements("activity-date").Select(d => (d.Attribute("type")!.Value, d.Attribute("iso-date")!.Value))
            .Should().Equal(("2", "2021-01-01"), ("3", "2025-12-31"));
    }

    [Fact]
    public async Task A_planned_initiative_is_in_the_pipeline_with_a_planned_start_and_links_to_its_parent()
    {
        var planned = Activity(await FetchValidAsync(_client, "/en/initiatives.iati.xml"), "jsps-asean-africa-short-term");

        planned.Element("activity-status")!.Attribute("code")!.Value.Should().Be("1");
        var start = planned.Elements("activity-date").Should().ContainSingle().Subject;
        (start.Attribute("type")!.Value, start.Attribute("iso-date")!.Value).Should().Be(("1", "2025-04-01"));
        Narratives(start)["en"].Should().Be("Date as given by the source: FY2025 (April 2025 – March 2026)");
        planned.Element("related-activity")!.Attribute("ref")!.Value.Should().Be("JAIF-PLACEHOLDER-jsps-postdoctoral-fellowships");
        planned.Element("related-activity")!.Attribute("type")!.Value.Should().Be("1");
    }

    [Fact]
    public async Task A_website_the_source_cites_becomes_a_document_link_titled_in_both_languages()
    {
        var space = Activity(await FetchValidAsync(_client, "/en/initiatives.iati.xml"), "space");

        var website = space.Elements("document-link").Should().ContainSingle(d => d.Attribute("url")!.Value == "https://www.ewsi.green/").Subject;
        website.Attribute("format")!.Value.Should().Be("text/html");
        website.Element("category")!.Attribute("code")!.Value.Should().Be("A12");
        Narratives(website.Element("title")).Should().Equal(new Dictionary<string, string> { ["en"] = "EWS council website", ["ja"] = "EWS協議会ウェブサイト" });
    }

    [Fact]
    public async Task The_file_follows_the_filters_of_the_list_it_is_linked_from()
    {
        var list = await HtmlPage.ParseAsync(await _client.GetAsync("/en/initiatives?pillar=partners-for-peace-and-stability&status=ongoing&page=2"));
        var link = list.QuerySelector("a[href*='.iati.xml']")!;

        link.GetAttribute("href").Should().Be("/en/initiatives.iati.xml?pillar=partners-for-peace-and-stability&status=ongoing", "the link carries the list's filters but not its page");
        link.TextContent.Should().Be("Download as IATI XML");
        var document = await FetchValidAsync(_client, link.GetAttribute("href")!);
        Slugs(document).Should().BeEquivalentTo("jasmine", "asean-japan-justice-ministers-joint-statement-and-work-plan", "asean-japan-digital-work-plan-2024");
        document.Root!.Elements("iati-activity").Should().OnlyContain(a =>
            a.Elements("sector").Any(s => s.Attribute("vocabulary")!.Value == "98" && s.Attribute("code")!.Value == "partners-for-peace-and-stability"));

        var byCountry = await FetchValidAsync(_client, "/en/initiatives.iati.xml?country=kh");
        using var inCambodia = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync("/api/v1/initiatives?country=kh&pageSize=100"));
        var listed = inCambodia.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("slug").GetString()).ToHashSet();
        Slugs(byCountry).Should().Contain(["comprehensive-connectivity-initiative", "midori-cooperation-plan"], "they name Cambodia")
            .And.OnlyContain(slug => listed.Contains(slug), "the file holds what the filtered list holds: initiatives there or regional (ADR 26)");
        Slugs(await FetchValidAsync(_client, "/en/initiatives.iati.xml?year=2024&area=digital")).Should().Equal("asean-japan-digital-work-plan-2024");
    }

    [Theory]
    [InlineData("?pillar=no-such-pillar")]
    [InlineData("?status=42")]
    [InlineData("?status=Cancelled&year=abc&area=%00&country=%3Cscript%3E")]
    [InlineData("?year=99999999999999999999&pillar=")]
    public async Task Unknown_filter_values_are_ignored_rather_than_failing(string query)
    {
        var document = await FetchValidAsync(_client, "/en/initiatives.iati.xml" + query);

        Slugs(document).Should().HaveCount(18);
    }

    [Theory]
    [InlineData("/en/initiatives.iati.xml?status=completed", "No published initiative matching these filters can be exported as an IATI activity yet.")]
    [InlineData("/ja/initiatives.iati.xml?status=completed", "IATIアクティビティとして出力できるものはまだありません")]
    [InlineData("/en/initiatives/jenesys.iati.xml", "IATI 2.03 requires what it lacks: a start or end date.")]
    [InlineData("/ja/initiatives/attachment-programme.iati.xml", "必要な次の情報がありません：開始日または終了日、参加組織。")]
    public async Task Where_iati_would_need_facts_the_portal_does_not_have_it_says_so_in_the_visitors_language(string address, string expected)
    {
        var response = await _client.GetAsync(address);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await response.Content.ReadAsStringAsync()).Should().Contain(expected);
    }

    [Fact]
    public async Task An_initiative_page_links_to_its_own_activity_when_iati_can_take_it()
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync("/ja/initiatives/azec"));
        var link = page.QuerySelector("a[href$='.iati.xml']")!;

        link.GetAttribute("href").Should().Be("/ja/initiatives/azec.iati.xml");
        link.TextContent.Should().Be("IATI XMLでダウンロード");
        var document = await FetchValidAsync(_client, link.GetAttribute("href")!);
        Slugs(document).Should().Equal("azec");
        document.Root!.Nodes().OfType<XComment>().Should().NotContain(c => c.Value.Contains("left out", StringComparison.Ordinal));

        var jenesys = await HtmlPage.ParseAsync(await _client.GetAsync("/en/initiatives/jenesys"));
        jenesys.QuerySelector("a[href$='.iati.xml']").Should().BeNull("JENESYS has no date yet, so there is no activity to offer");
        (await _client.GetAsync("/en/initiatives/no-such-initiative.iati.xml")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Drafts_unpublished_languages_and_unpublished_organisations_stay_out_of_the_file()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.CreateContext())
        {
            (await db.Initiatives.SingleAsync(i => i.Slug == "azec")).Publication = PublicationStatus.Draft;
            var connectivity = await db.Initiatives.Include(i => i.Translations).SingleAsync(i => i.Slug == "comprehensive-connectivity-initiative");
            connectivity.Translations.Single(t => t.Language == ContentLanguage.English).IsPublished = false;
            (await db.Organisations.SingleAsync(o => o.Slug == "jica")).Publication = PublicationStatus.Archived;
            (await db.Organisations.SingleAsync(o => o.Slug == "ministry-of-defense-japan")).Publication = PublicationStatus.InReview;
            await db.SaveChangesAsync();
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        var document = await FetchValidAsync(client, "/en/initiatives.iati.xml");
        var xml = document.ToString();

        Slugs(document).Should().NotContain("azec").And.NotContain("jasmine", "its only organisation is not published");
        xml.Should().NotContain("Japan International Cooperation Agency");
        var connectivityActivity = Activity(document, "comprehensive-connectivity-initiative");
        Narratives(connectivityActivity.Element("title")).Keys.Should().Equal("ja");
        Narratives(connectivityActivity.Element("description")).Keys.Should().Equal("ja");
        connectivityActivity.Elements("document-link").Should().NotContain(d => d.Attribute("url")!.Value.Contains("/en/initiatives/", StringComparison.Ordinal));
        (await client.GetAsync("/en/initiatives/azec.iati.xml")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_reporting_organisation_and_organisation_identifiers_come_from_configuration()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString, new Dictionary<string, string>
        {
            ["Portal:Iati:ReportingOrgRef"] = "XI-IATI-TEST",
            ["Portal:Iati:ReportingOrgNames:en"] = "JAIF Management Team",
            ["Portal:Iati:Organisations:meti:Ref"] = "JP-TEST-METI",
            ["Portal:Iati:Organisations:eria:Type"] = "40",
        });
        using var client = factory.CreateClient();

        var document = await FetchValidAsync(client, "/en/initiatives/azec.iati.xml");
        var azec = document.Root!.Element("iati-activity")!;

        azec.Element("iati-identifier")!.Value.Should().Be("XI-IATI-TEST-azec");
        Narratives(azec.Element("reporting-org")).Should().Equal(new Dictionary<string, string> { ["en"] = "JAIF Management Team", ["ja"] = "日ASEAN統合基金" });
        azec.Elements("participating-org").Select(o => ((string?)o.Attribute("ref"), o.Attribute("type")!.Value))
            .Should().Equal(("JP-TEST-METI", "10"), (null, "40"));
        document.Root.Nodes().OfType<XComment>().Should().BeEmpty("the identifier is no longer the placeholder");
    }
}
