using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Dashboards;

/// <summary>
/// A seeded portal whose seeded initiatives and events are all unpublished, plus a few records of its
/// own, so every figure of the ASEAN lens can be counted by hand (with the seeded crosswalk):
/// <list type="bullet">
/// <item>"lens-one" (published): disaster-management and climate-change (both ASCC; SDG 11, 13 and 13), two milestones;</item>
/// <item>"lens-two" (published): energy-and-critical-minerals (AEC; SDG 7, 12, 13), one milestone;</item>
/// <item>"lens-draft" (draft): disaster-management, one milestone: never counted;</item>
/// <item>"lens-four" (published): rule-of-law (APSC; SDG 16), no milestone;</item>
/// <item>events: one published in disaster-management and climate-change, one published and one archived in rule-of-law.</item>
/// </list>
/// </summary>
public sealed class LensPortal() : SeededPortal(StaffAccount.Official)
{
    public const string Official = "official@mission.example";

    protected override async Task AddContentAsync(PortalDbContext db)
    {
        await db.Initiatives.ExecuteUpdateAsync(set => set.SetProperty(i => i.Publication, PublicationStatus.Draft));
        await db.Events.ExecuteUpdateAsync(set => set.SetProperty(e => e.Publication, PublicationStatus.Draft));
        var areas = await db.CooperationAreas.ToDictionaryAsync(a => a.Slug);
        db.Initiatives.AddRange(
            Initiative("lens-one", PublicationStatus.Published, [areas["disaster-management"], areas["climate-change"]], milestones: 2),
            Initiative("lens-two", PublicationStatus.Published, [areas["energy-and-critical-minerals"]], milestones: 1),
            Initiative("lens-draft", PublicationStatus.Draft, [areas["disaster-management"]], milestones: 1),
            Initiative("lens-four", PublicationStatus.Published, [areas["rule-of-law"]], milestones: 0));
        db.Events.AddRange(
            Event("lens-event-one", PublicationStatus.Published, [areas["disaster-management"], areas["climate-change"]]),
            Event("lens-event-archived", PublicationStatus.Archived, [areas["rule-of-law"]]),
            Event("lens-event-three", PublicationStatus.Published, [areas["rule-of-law"]]));
        await db.SaveChangesAsync();
    }

    private static Initiative Initiative(string slug, PublicationStatus publication, CooperationArea[] areas, int milestones) => new()
    {
        Slug = slug,
        Kind = InitiativeKind.Project,
        Status = InitiativeStatus.Ongoing,
        OriginalLanguage = ContentLanguage.English,
        Publication = publication,
        Areas = [.. areas.Select(area => new InitiativeArea { CooperationArea = area })],
        Milestones = [.. Enumerable.Range(1, milestones).Select(day => new Milestone
        {
            Date = PartialDate.OnDay(2025, 1, day),
            OriginalLanguage = ContentLanguage.English,
            Translations = [new MilestoneTranslation { Language = ContentLanguage.English, Title = $"{slug} step {day}" }],
        })],
        Translations = [new InitiativeTranslation { Language = ContentLanguage.English, Name = slug, State = TranslationState.Ready }],
    };

    private static Event Event(string slug, PublicationStatus publication, CooperationArea[] areas) => new()
    {
        Slug = slug,
        StartDate = PartialDate.OnDay(2025, 2, 1),
        OriginalLanguage = ContentLanguage.English,
        Publication = publication,
        Areas = [.. areas.Select(area => new EventArea { CooperationArea = area })],
        Translations = [new EventTranslation { Language = ContentLanguage.English, Name = slug }],
    };
}

public class AseanLensTests(LensPortal portal) : IClassFixture<LensPortal>
{
    private static string[] Totals(AngleSharp.Dom.IDocument page, string heading) =>
        [.. page.QuerySelectorAll($"#{heading}-section tfoot td").Select(cell => cell.TextContent.Trim())];

    private static string[] AreaRow(AngleSharp.Dom.IDocument page, string heading, string area) =>
        [.. page.QuerySelectorAll($"#{heading}-section tbody tr")
            .Single(row => row.QuerySelector($"th a[href$='/areas/{area}']") is not null)
            .QuerySelectorAll("td.lens-table__number").Select(cell => cell.TextContent.Trim())];

    [Fact]
    public async Task Every_figure_matches_the_hand_counted_records()
    {
        var official = await BackOffice.SignedInClientAsync(portal.Factory, LensPortal.Official);

        var response = await official.GetAsync("/en/dashboards/asean");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        Totals(page, "asean-ascc").Should().Equal("1", "2", "1");
        Totals(page, "asean-aec").Should().Equal("1", "1", "0");
        Totals(page, "asean-apsc").Should().Equal("1", "0", "1");
        Totals(page, "sdg-13").Should().Equal("2", "3", "1");
        Totals(page, "sdg-11").Should().Equal("1", "2", "1");
        Totals(page, "sdg-7").Should().Equal("1", "1", "0");
        Totals(page, "sdg-16").Should().Equal("1", "0", "1");
        Totals(page, "sdg-1").Should().Equal("0", "0", "0");
        AreaRow(page, "asean-ascc", "disaster-management").Should().Equal("1", "2", "1");
        AreaRow(page, "asean-ascc", "climate-change").Should().Equal("1", "2", "1");
        AreaRow(page, "sdg-13", "energy-and-critical-minerals").Should().Equal("1", "1", "0");
        AreaRow(page, "asean-apsc", "rule-of-law").Should().Equal("1", "0", "1");
        page.QuerySelectorAll("#asean-ascc-section tbody tr").Select(row => row.QuerySelector("th a")!.GetAttribute("href"))
            .Should().Contain(["/en/areas/disaster-management", "/en/areas/climate-change", "/en/areas/youth-exchange"])
            .And.NotContain("/en/areas/rule-of-law");
        page.QuerySelector(".crosswalk-note")!.TextContent.Should().StartWith("Mapping by JMT");
    }

    [Fact]
    public async Task Each_area_figure_links_to_the_initiative_list_filtered_by_that_area()
    {
        var official = await BackOffice.SignedInClientAsync(portal.Factory, LensPortal.Official);
        var page = await HtmlPage.ParseAsync(await official.GetAsync("/en/dashboards/asean"));

        var row = page.QuerySelectorAll("#asean-ascc-section tbody tr").Single(r => r.QuerySelector("th a[href='/en/areas/disaster-management']") is not null);
        var links = row.QuerySelectorAll("td a").Select(a => a.GetAttribute("href")).ToList();

        links.Should().Equal("/en/initiatives?area=disaster-management", "/en/initiatives?area=disaster-management", "/en/areas/disaster-management#events-heading");
        var list = await HtmlPage.ParseAsync(await official.GetAsync(links[0]));
        list.QuerySelectorAll(".card h3 a").Select(a => a.TextContent.Trim()).Should().Equal("lens-one");
    }

    [Fact]
    public async Task The_japanese_page_names_the_pillars_and_goals_in_japanese_with_the_same_figures()
    {
        var official = await BackOffice.SignedInClientAsync(portal.Factory, LensPortal.Official);

        var page = await HtmlPage.ParseAsync(await official.GetAsync("/ja/dashboards/asean"));

        page.DocumentElement.GetAttribute("lang").Should().Be("ja");
        page.QuerySelector("#asean-ascc")!.TextContent.Should().Be("ASCC – ASEAN社会・文化共同体");
        page.QuerySelector("#sdg-13")!.TextContent.Should().Be("目標13 気候変動に具体的な対策を");
        Totals(page, "sdg-13").Should().Equal("2", "3", "1");
        page.QuerySelector(".crosswalk-note")!.TextContent.Should().StartWith("JMTによる対応付け");
    }

    [Fact]
    public async Task The_charts_are_server_drawn_svg_with_a_name_a_description_and_the_figures()
    {
        var official = await BackOffice.SignedInClientAsync(portal.Factory, LensPortal.Official);
        var page = await HtmlPage.ParseAsync(await official.GetAsync("/en/dashboards/asean"));

        var chart = page.QuerySelector("svg#chart-communities, svg.lens-chart")!;
        chart.GetAttribute("role").Should().Be("img");
        chart.GetAttribute("aria-labelledby").Should().Be("chart-communities-title chart-communities-desc");
        page.QuerySelector("#chart-communities-title")!.TextContent.Should().Be("Published initiatives by ASEAN community pillars");
        page.QuerySelector("#chart-communities-desc")!.TextContent.Should().Be("Bar chart. APSC: 1, AEC: 1, ASCC: 1.");
        page.QuerySelector("#chart-goals-desc")!.TextContent.Should().Contain("SDG 13: 2").And.Contain("SDG 1: 0");
        page.QuerySelectorAll("[style]").Should().BeEmpty("the Content-Security-Policy forbids inline styles");
        page.QuerySelectorAll("script").Should().BeEmpty();
    }

    [Fact]
    public async Task The_pillar_page_shows_the_lens_in_short_to_everyone()
    {
        var client = portal.Factory.CreateClient();

        var page = await HtmlPage.ParseAsync(await client.GetAsync("/en/pillars/partners-for-co-creation-of-economy-and-society-of-the-future"));

        var lens = page.QuerySelector(".pillar-lens")!;
        var items = lens.QuerySelectorAll(".lens-list li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        items.Should().Contain(["AEC – ASEAN Economic Community 1 initiative", "ASCC – ASEAN Socio-Cultural Community 1 initiative", "SDG 13: Climate Action 2 initiatives", "SDG 1: No Poverty 0 initiatives"]);
        items.Should().NotContain(item => item.StartsWith("APSC", StringComparison.Ordinal), "no area of this pillar is mapped to APSC");
        lens.QuerySelector(".crosswalk-note")!.TextContent.Should().StartWith("Mapping by JMT");
    }

    [Theory]
    [InlineData(PortalRoles.Editor)]
    [InlineData(PortalRoles.Reviewer)]
    [InlineData(PortalRoles.Administrator)]
    public async Task Every_back_office_role_may_read_the_lens(string role)
    {
        var email = $"lens-{role.ToLowerInvariant()}@jmt.example";
        await BackOffice.CreateUserAsync(portal.Factory, email, role);
        var client = await BackOffice.SignedInClientAsync(portal.Factory, email);

        var response = await client.GetAsync("/en/dashboards/asean");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue("the page is not for shared caches");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page_and_come_back_after_signing_in()
    {
        var client = BackOffice.NewClient(portal.Factory);

        var response = await client.GetAsync("/ja/dashboards/asean");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().EndWith("/admin/sign-in?ReturnUrl=%2Fja%2Fdashboards%2Fasean");
        var token = await BackOffice.AntiforgeryTokenAsync(client, "/admin/sign-in");
        var signIn = await client.PostAsync("/admin/sign-in?ReturnUrl=%2Fja%2Fdashboards%2Fasean", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = LensPortal.Official,
            ["Input.Password"] = BackOffice.Password,
            ["__RequestVerificationToken"] = token,
        }));
        signIn.Headers.Location!.OriginalString.Should().Be("/ja/dashboards/asean");
        (await client.GetAsync("/ja/dashboards/asean")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_signed_in_account_without_a_back_office_role_is_refused()
    {
        await BackOffice.CreateUserAsync(portal.Factory, "no-role@jmt.example");
        var client = await BackOffice.SignedInClientAsync(portal.Factory, "no-role@jmt.example");

        var response = await client.GetAsync("/en/dashboards/asean");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
        (await client.GetAsync(response.Headers.Location)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/en/dashboards/asean?area=%3Cscript%3E&page=-1", HttpStatusCode.OK)]
    [InlineData("/xx/dashboards/asean", HttpStatusCode.NotFound)]
    [InlineData("/en/dashboards/asean/extra", HttpStatusCode.NotFound)]
    public async Task Odd_addresses_never_fail(string path, HttpStatusCode expected)
    {
        var official = await BackOffice.SignedInClientAsync(portal.Factory, LensPortal.Official);

        (await official.GetAsync(path)).StatusCode.Should().Be(expected);
    }
}
