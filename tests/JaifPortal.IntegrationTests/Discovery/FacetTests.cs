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
                li => int.Parse(li.QuerySelector(".count")!.TextContent.Trim('(', ')'), CultureInfo.InvariantCulture)));

    private static IElement Facet(IDocument page, string label) =>
        page.QuerySelectorAll("details.facet").Single(facet => facet.QuerySelector("summary")!.TextContent == label);

    private static List<string> Links(IDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!)];

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
        facets["Status"].Should().BeEquivalentTo(new Dictionary<string, int> { ["Ongoing"] = 1, ["Planned"] = 1, ["Completed"] = 1 });
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
        inMyanmar.QuerySelector(".search-filters")!.TextContent.Should().Contain("do not apply to them: cooperation areas.");
        var selected = inMyanmar.QuerySelector(".facet__selected")!;
        selected.QuerySelector("strong")!.TextContent.Should().Be("Myanmar");
        selected.QuerySelector("a")!.GetAttribute("href").Should().Be($"/en/search?q={Token}");

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
        Facets(initiatives)["Organisations"]["Borealis Test Agency"].Should().Be(2, "alpha counts once although Borealis has two roles in it");
        Facet(initiatives, "Organisations").QuerySelector(".facet__selected strong")!.TextContent.Should().Be("Borealis Test Agency");
        Links(events, ".event-list li a").Should().Equal("/ja/events/zephyrquill-forum");
        Facets(events)["組織"].Should().BeEquivalentTo(new Dictionary<string, int> { ["ボレアリス試験機関"] = 1 });
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
        var total = int.Parse(chosen.QuerySelector("p.count")!.TextContent.Split(' ')[0], CultureInfo.InvariantCulture);
        var chosenLink = Facet(chosen, "Organisations").QuerySelector("a[aria-current=true]")!;
        chosenLink.GetAttribute("href").Should().Be($"/en/initiatives?organisation={rare}");
        int.Parse(chosenLink.ParentElement!.QuerySelector(".count")!.TextContent.Trim('(', ')'), CultureInfo.InvariantCulture).Should().Be(total);
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
        facets["Countries"].Should().BeEquivalentTo(new Dictionary<string, int> { ["Myanmar"] = 1 }, "the draft office is not public");
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
