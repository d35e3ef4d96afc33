using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Dashboards;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Areas.Discovery.Filtering;
using Microsoft.AspNetCore.WebUtilities;

namespace JaifPortal.IntegrationTests.Discovery;

/// <summary>
/// One vocabulary of filters and one rule for values that name nothing (docs/filters.md): pages leave the value out
/// and say so in the reader's language, exports give the rows their list shows, the API and feeds answer 400 with
/// problem details; the dashboards' old keys lead permanently to the new ones. Uses the seed and <see cref="DashboardFixture"/>.
/// </summary>
public partial class FilterVocabularyTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private const string Dashboard = "/en/dashboards/" + DashboardFixture.PillarSlug;

    private HttpClient Visitor() =>
        fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private Task<HttpClient> OfficialAsync() => fixture.OfficialAsync();

    private static Task<IDocument> PageAsync(HttpClient client, string path) => client.GetPageAsync(path);

    private static string[] Notes(IDocument page) => [.. page.QuerySelectorAll(".ignored-filters li").Select(li => li.TextContent.Trim())];

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, response.RequestMessage!.RequestUri!.ToString());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.Clone();
    }

    [Fact]
    public async Task The_same_unknown_country_is_noted_on_pages_followed_by_exports_and_refused_by_the_api_and_feeds()
    {
        var visitor = Visitor();

        var list = await PageAsync(visitor, "/en/initiatives?country=XX");
        Notes(list).Should().Equal("We ignored country=XX: there is no such country.");
        list.QuerySelector("p.count")!.TextContent.Should().Be((await PageAsync(visitor, "/en/initiatives")).QuerySelector("p.count")!.TextContent);
        Notes(await PageAsync(visitor, "/ja/events?country=XX&year=abc")).Should().Equal(
            "country=XX は使用しませんでした（該当する国がありません）。", "year=abc は使用しませんでした（1900年から2200年までの年ではありません）。");
        Notes(await PageAsync(visitor, "/en/organisations?pillar=no-such-pillar")).Should().Equal("We ignored pillar=no-such-pillar: there is no such pillar.");
        Notes(await PageAsync(visitor, "/en/search?q=ASEAN&country=XX")).Should().Equal("We ignored country=XX: there is no such country.");
        Notes(await PageAsync(visitor, "/en/initiatives?country=mm")).Should().BeEmpty("a known value in any case names the country");

        (await PageAsync(await OfficialAsync(), Dashboard + "?country=XX")).QuerySelectorAll(".dashboard-problems li").Select(li => li.TextContent)
            .Should().Equal("There is no country with the code “XX”, so the country filter was left out.");

        (await visitor.GetByteArrayAsync("/en/initiatives.csv?country=XX")).Should().Equal(
            await visitor.GetByteArrayAsync("/en/initiatives.csv"), "an export gives the rows its list shows");

        foreach (var address in new[] { "/api/v1/initiatives?country=XX", "/en/feeds/initiatives.atom?country=XX", "/ja/feeds/events.atom?country=XX" })
        {
            var problem = await ProblemAsync(await visitor.GetAsync(address));
            problem.GetProperty("title").GetString().Should().Be("Unknown value for the 'country' filter.");
            problem.GetProperty("errors").GetProperty("country")[0].GetString().Should().Be("'XX' is not a known country.");
        }
    }

    [Theory]
    [InlineData("/api/v1/initiatives?year=1850&organisation=nobody", "year", "organisation")]
    [InlineData("/api/v1/events?area=no-such-area&organisation=%00", "area", "organisation")]
    [InlineData("/api/v1/organisations?country=XX", "country")]
    [InlineData("/en/feeds/events.atom?pillar=no-such-pillar&country=%00", "pillar", "country")]
    public async Task The_api_and_feeds_name_every_value_that_names_nothing(string address, params string[] keys)
    {
        var problem = await ProblemAsync(await Visitor().GetAsync(address));

        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().BeEquivalentTo(keys);
    }

    [Fact]
    public async Task The_api_takes_the_filters_of_the_public_lists()
    {
        var visitor = Visitor();
        async Task<int> TotalAsync(string address)
        {
            using var page = JsonDocument.Parse(await visitor.GetStringAsync(address));
            return page.RootElement.GetProperty("totalCount").GetInt32();
        }

        async Task<int> ListedAsync(string address) =>
            int.Parse(new string([.. (await PageAsync(visitor, address)).QuerySelector("p.count")!.TextContent.TakeWhile(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);

        foreach (var query in new[] { "?year=2024&area=digital", "?organisation=jaif", "?country=vn" })
        {
            var total = await TotalAsync("/api/v1/initiatives" + query);
            total.Should().BeGreaterThan(0, query).And.Be(await ListedAsync("/en/initiatives" + query), query);
        }

        (await TotalAsync("/api/v1/organisations?country=JP")).Should().Be(await ListedAsync("/en/organisations?country=JP"));

        using var openApi = JsonDocument.Parse(await visitor.GetStringAsync("/openapi/v1.json"));
        var parameters = openApi.RootElement.GetProperty("paths").GetProperty("/api/v1/initiatives").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString());
        parameters.Should().Contain(FilterKeys.Of(FilterSubject.Initiatives));
    }

    [Theory]
    [InlineData("", "?org=lead-one&from=2021", "?organisation=lead-one&from=2021")]
    [InlineData("/records", "?kind=initiatives&org=lead-two", "?kind=initiatives&organisation=lead-two")]
    [InlineData("/export", "?table=status&format=csv&org=lead-one", "?table=status&format=csv&organisation=lead-one")]
    [InlineData("", "?org=lead-two&organisation=lead-one", "?organisation=lead-one")]
    public async Task Old_dashboard_keys_lead_permanently_to_the_same_dashboard_under_the_new_key(string page, string old, string renamed)
    {
        var response = await (await OfficialAsync()).GetAsync(Dashboard + page + old);

        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.Should().Be(Dashboard + page + renamed);
    }

    [Fact]
    public async Task A_briefing_pack_bookmarked_with_an_old_key_still_opens()
    {
        var client = await OfficialAsync();
        var response = await client.GetAsync("/en/briefings/pillars/" + DashboardFixture.PillarSlug + "?org=lead-one");

        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        var pack = await PageAsync(client, response.Headers.Location!.OriginalString);
        pack.VisibleText().Should().NotContain("There is no organisation");
    }

    [Theory]
    [InlineData("?org=lead-one", "?organisation=lead-one")]
    [InlineData("?year=2021", "?from=2021&to=2021")]
    [InlineData("?year=2021&from=2015", "?from=2021&to=2021")]
    public async Task Each_renamed_or_shorter_key_means_the_same_as_the_vocabulary(string given, string canonical)
    {
        var client = await OfficialAsync();
        // With work in progress, so every state of the fixture counts and the filter has something to narrow.
        var response = await client.GetAsync(Dashboard + given + "&pub=all");
        var page = response.StatusCode == HttpStatusCode.MovedPermanently
            ? await PageAsync(client, response.Headers.Location!.OriginalString)
            : await HtmlPage.ParseAsync(response);
        var expected = await PageAsync(client, Dashboard + canonical + "&pub=all");

        static string Totals(IDocument page) => TotalsPattern().Match(page.VisibleText()).Value;
        Totals(page).Should().Be(Totals(expected));
        Totals(expected).Should().NotBe(Totals(await PageAsync(client, Dashboard + "?pub=all")), "the filter narrows");
        page.QuerySelectorAll(".dashboard-problems li").Should().BeEmpty();
    }

    [Fact]
    public async Task Facet_figure_and_form_links_speak_the_one_vocabulary()
    {
        static IEnumerable<string> Keys(IEnumerable<IElement> links) => links
            .Select(a => a.GetAttribute("href")!)
            .Where(href => href.Contains('?', StringComparison.Ordinal))
            .SelectMany(href => QueryHelpers.ParseQuery(href[href.IndexOf('?', StringComparison.Ordinal)..]).Keys);

        var list = await PageAsync(Visitor(), "/en/initiatives?organisation=jaif");
        Keys(list.QuerySelectorAll(".facet a")).Should().NotBeEmpty().And.BeSubsetOf(FilterKeys.Of(FilterSubject.Initiatives));

        var dashboard = await PageAsync(await OfficialAsync(), Dashboard + "?organisation=lead-one&from=2015");
        dashboard.QuerySelectorAll("form.dashboard-filter [name]").Select(field => field.GetAttribute("name")!)
            .Should().BeSubsetOf(FilterKeys.Of(FilterSubject.Dashboards));
        var figureKeys = Keys(dashboard.QuerySelectorAll("main a[href^='/en/dashboards/']")).ToList();
        figureKeys.Should().Contain(FilterKeys.Organisation).And.NotContain(FilterKeys.Renamed.Keys);
        dashboard.QuerySelectorAll("#organisations-table a").Should().NotBeEmpty()
            .And.OnlyContain(a => QueryHelpers.ParseQuery(new Uri("http://x" + a.GetAttribute("href")).Query).ContainsKey(FilterKeys.Organisation));
    }

    [GeneratedRegex(@"\d+ initiatives?: \d+ published, \d+ in review, \d+ draft\.")]
    private static partial Regex TotalsPattern();
}
