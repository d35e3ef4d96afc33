using System.Globalization;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Areas.Discovery.Filtering;
using Microsoft.EntityFrameworkCore;

using static JaifPortal.IntegrationTests.Discovery.DiscoveryPortal;

namespace JaifPortal.IntegrationTests.Discovery;

/// <summary>Facets on the search results and every list, counted against the hand-counted fixture of <see cref="DiscoveryPortal"/>.</summary>
public class FacetTests(DiscoveryPortal portal) : IClassFixture<DiscoveryPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    private Task<IDocument> GetPageAsync(string path) => _client.GetPageAsync(path);

    /// <summary>Each facet's values and counts as the visitor reads them, by the facet's label.</summary>
    private static Dictionary<string, Dictionary<string, int>> Facets(IDocument page) =>
        page.QuerySelectorAll("details.facet").ToDictionary(
            facet => facet.QuerySelector("summary")!.TextContent,
            facet => facet.QuerySelectorAll("li").ToDictionary(
                li => li.QuerySelector("a")!.TextContent,
                li => int.Parse(li.QuerySelector(".count")!.TextContent.Trim('(', ')', '（', '）'), CultureInfo.InvariantCulture)));

    private static IElement Facet(IDocument page, string label) =>
        page.QuerySelectorAll("details.facet").Single(facet => facet.QuerySelector("summary")!.TextContent == label);

    private static List<string> Links(IDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!)];

    /// <summary>The chosen values, shown once each as a chip, by their text ("Country: Myanmar").</summary>
    private static List<IElement> Chips(IDocument page) => [.. page.QuerySelectorAll(".chips a.chip")];

    /// <summary>The number of results the page says it shows: the first number of its count line.</summary>
    private static int ResultCount(IDocument page) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(page.QuerySelector("p.count")!.TextContent, @"\d+").Value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Search_facets_count_the_results_of_every_kind_they_narrow()
    {
        var page = await GetPageAsync($"/en/search?q={Token}");

        Links(page, "#results-initiatives h3 a").Should().BeEquivalentTo(["/en/initiatives/zephyrquill-alpha", "/en/initiatives/zephyrquill-beta", "/en/initiatives/zephyrquill-gamma"]);
        Links(page, "#results-events h3 a").Should().BeEquivalentTo(["/en/events/zephyrquill-forum", "/en/events/zephyrquill-workshop"]);
        Links(page, "#results-organisations h3 a").Should().Equal($"/en/organisations/{Institute}");
        var facets = Facets(page);
        facets["Countries"].Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["Myanmar"] = 3, // alpha and gamma, the forum
            ["Brunei Darussalam"] = 2, // beta by its milestone, gamma
            ["Timor-Leste"] = 2, // the workshop, the institute based there
        });
        facets["Organisations"].Should().BeEquivalentTo(new Dictionary<string, int> { ["Borealis Test Agency"] = 3 }, "alpha, gamma and the forum; drafts count for nothing");
        facets["Pillar"].Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["2. Partners for Co-creation of Economy and Society of the Future"] = 3,
            ["3. Partners for Peace and Stability"] = 2,
        });
        facets["Cooperation areas"].Should().BeEquivalentTo(new Dictionary<string, int> { ["Space"] = 3, ["Rule of Law"] = 2 });
        facets["Status"].Should().BeEquivalentTo(
            new Dictionary<string, int> { ["Ongoing"] = 1, ["Start date passed"] = 1, ["Completed"] = 1 },
            "beta is still recorded as planned to start in 2021: the facet reads the status on the day, as the card does");
        facets["Year"].Should().BeEquivalentTo(new Dictionary<string, int> { ["2021"] = 3, ["2019"] = 1, ["2022"] = 1 });
        Facet(page, "Status").QuerySelector(".facet__note")!.TextContent.Should().Be("Narrows initiatives.");
        Facet(page, "Year").QuerySelector(".facet__note")!.TextContent.Should().Be("Narrows initiatives and events.");
    }

    [Fact]
    public async Task A_search_facet_narrows_the_kinds_it_applies_to_and_the_page_says_which_kinds_it_hides()
    {
        var inMyanmar = await GetPageAsync($"/en/search?q={Token}&country=mm");
        var ongoing = await GetPageAsync($"/ja/search?q={Token}&status=Ongoing");

        Links(inMyanmar, "#results-initiatives h3 a").Should().BeEquivalentTo(["/en/initiatives/zephyrquill-alpha", "/en/initiatives/zephyrquill-gamma"]);
        Links(inMyanmar, "#results-events h3 a").Should().Equal("/en/events/zephyrquill-forum");
        inMyanmar.QuerySelector("#results-organisations").Should().BeNull("the institute is based in Timor-Leste");
        inMyanmar.QuerySelector("p.count")!.TextContent.Should().StartWith($"3 results for “{Token}”");
        inMyanmar.QuerySelector(".search-filters")!.TextContent.Should().Contain("do not apply to them: cooperation areas and people.");
        var chip = Chips(inMyanmar).Should().ContainSingle().Subject;
        chip.QuerySelector("strong")!.TextContent.Should().Be("Myanmar");
        chip.GetAttribute("href").Should().Be($"/en/search?q={Token}");

        Links(ongoing, "#results-initiatives h3 a").Should().Equal("/ja/initiatives/zephyrquill-alpha");
        ongoing.QuerySelectorAll("#results-events, #results-organisations, #results-areas").Should().BeEmpty();
        ongoing.QuerySelector(".search-filters")!.TextContent.Should().Contain("次の結果は表示していません：イベント・組織・協力分野");
        ongoing.QuerySelector(".search-filters a")!.GetAttribute("href").Should().Be($"/ja/search?q={Token}");
    }

    [Fact]
    public async Task Search_filters_combine_and_keep_the_query_in_every_facet_link()
    {
        var page = await GetPageAsync($"/en/search?q={Token}&organisation={Borealis}&year=2021");

        Links(page, "#results-initiatives h3 a").Should().Equal("/en/initiatives/zephyrquill-alpha");
        Links(page, "#results-events h3 a").Should().Equal("/en/events/zephyrquill-forum");
        Links(page, ".facet li a").Should().OnlyContain(href => href.StartsWith($"/en/search?q={Token}&", StringComparison.Ordinal)
            && href.Contains($"organisation={Borealis}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_initiative_and_event_lists_narrow_by_the_organisations_involved_in_any_role()
    {
        var initiatives = await GetPageAsync($"/en/initiatives?organisation={Borealis}");
        var events = await GetPageAsync($"/ja/events?organisation={Borealis}&country=MM");

        initiatives.QuerySelector("p.count")!.TextContent.Should().StartWith("2 initiatives");
        Links(initiatives, ".card h3 a").Should().BeEquivalentTo(["/en/initiatives/zephyrquill-alpha", "/en/initiatives/zephyrquill-gamma"]);
        Chips(initiatives).Select(chip => chip.QuerySelector("strong")!.TextContent).Should().Equal("Borealis Test Agency");
        Links(events, ".event-list li a").Should().Equal("/ja/events/zephyrquill-forum");
        Chips(events).Select(chip => chip.QuerySelector("strong")!.TextContent).Should().BeEquivalentTo(["ミャンマー", "ボレアリス試験機関"]);
        Chips(events).Should().AllSatisfy(chip => chip.QuerySelector(".chip__facet")!.TextContent.Should().EndWith("：", "Japanese takes the full-width colon"));
        Facets(events).Should().NotContainKey("組織", "the one organisation of the events in Myanmar is the chosen one, shown once as its chip");
    }

    [Fact]
    public async Task The_organisation_facet_offers_the_most_frequent_organisations_and_always_the_chosen_one()
    {
        var all = await GetPageAsync("/en/initiatives");
        List<string> offered = [.. Facet(all, "Organisations").QuerySelectorAll("li a").Select(a => a.GetAttribute("href")!)];
        string rare;
        await using (var db = portal.CreateContext())
        {
            var offeredSlugs = offered.Select(href => href.Split("organisation=")[1]).ToList();
            rare = await db.Organisations
                .Where(o => o.Publication == Web.Domain.PublicationStatus.Published && !offeredSlugs.Contains(o.Slug)
                    && o.Initiatives.Any(link => link.Initiative.Publication == Web.Domain.PublicationStatus.Published))
                .OrderBy(o => o.Slug).Select(o => o.Slug).FirstAsync();
        }

        var chosen = await GetPageAsync($"/en/initiatives?organisation={rare}");

        offered.Should().HaveCount(FacetBuilder.OrganisationLimit);
        Facet(all, "Organisations").QuerySelector(".facet__note")!.TextContent
            .Should().Be($"The {FacetBuilder.OrganisationLimit} organisations with the most records are offered.");
        Chips(chosen).Should().ContainSingle().Which.GetAttribute("href").Should().Be("/en/initiatives");
        Facet(chosen, "Organisations").QuerySelectorAll("li a").Select(a => a.GetAttribute("href"))
            .Should().NotContain($"/en/initiatives?organisation={rare}", "the chosen one shows once, as its chip");
    }

    [Theory]
    [InlineData($"/en/search?q={Token}&country=MM")]
    [InlineData($"/en/search?q={Token}&pillar={PeacePillar}&year=2021")]
    [InlineData($"/en/initiatives?country=MM&status=Ongoing")]
    [InlineData("/en/initiatives?status=Ended")]
    [InlineData($"/ja/search?q={Token}&status=StartPassed")]
    [InlineData($"/en/events?organisation={Borealis}")]
    [InlineData($"/ja/organisations?country=MM")]
    public async Task Every_offered_value_counts_the_results_choosing_it_gives_and_the_other_values_stay_offered(string path)
    {
        var page = await GetPageAsync(path);
        var offered = page.QuerySelectorAll(".facet li").Select(li => (
            Href: li.QuerySelector("a")!.GetAttribute("href")!,
            Count: int.Parse(li.QuerySelector(".count")!.TextContent.Trim('(', ')', '（', '）'), CultureInfo.InvariantCulture))).ToList();

        offered.Should().NotBeEmpty();
        foreach (var (href, count) in offered)
        {
            ResultCount(await GetPageAsync(href)).Should().Be(count, $"{href} is offered with {count} results");
        }
    }

    [Fact]
    public async Task A_chosen_value_shows_once_as_a_chip_while_the_others_stay_offered_with_their_counts()
    {
        var page = await GetPageAsync($"/en/search?q={Token}&country=MM");

        Chips(page).Select(chip => chip.TextContent).Should().Equal("Countries: Myanmar × (remove this filter)");
        Facets(page)["Countries"].Should().BeEquivalentTo(new Dictionary<string, int> { ["Brunei Darussalam"] = 2, ["Timor-Leste"] = 2 });
        page.QuerySelectorAll(".facet li a").Should().NotContain(a => a.TextContent == "Myanmar");
    }

    [Fact]
    public async Task Pillars_and_areas_are_in_the_plans_order_and_other_values_by_name()
    {
        var page = await GetPageAsync("/en/initiatives");

        var facets = Facets(page);
        facets["Pillar"].Keys.Select(label => label[..2]).Should().Equal("1.", "2.", "3.");
        await using var db = portal.CreateContext();
        var planOrder = await db.CooperationAreas.OrderBy(a => a.Pillar.Number).ThenBy(a => a.SortOrder)
            .Select(a => a.Translations.Single(t => t.Language == "en").Name).ToListAsync();
        facets["Cooperation areas"].Keys.Should().Equal(planOrder.Where(facets["Cooperation areas"].ContainsKey));
        facets["Countries"].Keys.Should().BeInAscendingOrder(StringComparer.CurrentCulture);
        facets["Organisations"].Keys.Should().BeInAscendingOrder(StringComparer.CurrentCulture);
        facets["Start year"].Keys.Should().BeInDescendingOrder(StringComparer.Ordinal);
        List<string> statusOrder = ["Planned", "Start date passed", "Ongoing", "Ended", "Completed"];
        facets["Status"].Keys.Should().Equal(statusOrder.Where(facets["Status"].ContainsKey), "as an initiative goes through them");
    }

    [Fact]
    public async Task The_organisation_list_narrows_by_where_they_are_based_and_by_the_pillars_and_areas_of_their_initiatives()
    {
        var inMyanmar = await GetPageAsync("/en/organisations?country=MM");
        var peace = await GetPageAsync($"/en/organisations?country=MM&pillar={PeacePillar}");
        var nothing = await GetPageAsync("/ja/organisations?country=TL&area=space");

        inMyanmar.QuerySelector("p.count")!.TextContent.Should().StartWith("1 organisation ");
        Links(inMyanmar, ".card h2 a").Should().Equal($"/en/organisations/{Borealis}");
        var facets = Facets(inMyanmar);
        facets["Pillar"].Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["2. Partners for Co-creation of Economy and Society of the Future"] = 1,
            ["3. Partners for Peace and Stability"] = 1,
        });
        facets["Cooperation areas"].Should().BeEquivalentTo(new Dictionary<string, int> { ["Space"] = 1, ["Rule of Law"] = 1 });
        Facets(await GetPageAsync("/en/organisations"))["Countries"]["Myanmar"].Should().Be(1, "the draft office is not public");
        facets["Countries"].Should().NotContainKey("Myanmar", "the chosen country shows once, as its chip").And.ContainKey("Indonesia");
        Facet(inMyanmar, "Pillar").QuerySelector(".facet__note")!.TextContent.Should().Be("By the initiatives each organisation takes part in.");
        Links(peace, ".card h2 a").Should().Equal($"/en/organisations/{Borealis}");
        nothing.QuerySelector("p.count")!.TextContent.Should().StartWith("組織0件");
        nothing.QuerySelector(".empty").Should().NotBeNull();
    }

    [Theory]
    [InlineData($"/en/initiatives?organisation={DraftOffice}")]
    [InlineData("/en/initiatives?organisation=no-such-organisation&country=ZZ")]
    [InlineData("/en/initiatives?organisation=%00&pillar=%00&area=%00&country=%00")]
    [InlineData("/en/initiatives?organisation=Borealis-Test-Agency")]
    public async Task Unknown_unpublished_or_malformed_organisations_are_ignored(string path)
    {
        var page = await GetPageAsync(path);

        page.QuerySelector("p.count")!.TextContent.Should().StartWith("77 initiatives", "the 74 of the sources and the fixture's three published ones");
        page.QuerySelectorAll(".facet__selected").Should().BeEmpty();
    }

    [Fact]
    public async Task A_repeated_filter_counts_with_its_first_value()
    {
        var page = await GetPageAsync($"/en/initiatives?organisation={Borealis}&organisation=jaif&country=MM&country=BN");

        Links(page, ".card h3 a").Should().BeEquivalentTo(["/en/initiatives/zephyrquill-alpha", "/en/initiatives/zephyrquill-gamma"]);
    }
}
