using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Public;

public class BadInputTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("/en/initiatives/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/en/initiatives/%E2%80%AEevil")]
    [InlineData("/en/initiatives/'%20OR%201=1--")]
    [InlineData("/en/initiatives/<script>alert(1)</script>")]
    [InlineData("/en/events/%F0%9F%98%80")]
    [InlineData("/ja/organisations/日本")]
    [InlineData("/en/areas/a%20b")]
    [InlineData("/EN/initiatives/sseayp")]
    [InlineData("/en//initiatives")]
    public async Task Odd_characters_in_a_path_get_a_client_error_never_a_server_error(string path)
    {
        var response = await _client.GetAsync(path);

        ((int)response.StatusCode).Should().BeInRange(200, 499, $"{path} must not fail on the server");
    }

    [Fact]
    public async Task A_very_long_path_gets_a_client_error()
    {
        var response = await _client.GetAsync("/en/initiatives/" + new string('a', 20_000));

        ((int)response.StatusCode).Should().BeInRange(400, 499);
    }

    [Theory]
    [InlineData("/en/initiatives?page=abc")]
    [InlineData("/en/initiatives?page=99999999999999999999")]
    [InlineData("/en/initiatives?page=-1&pillar=%3Cscript%3E")]
    [InlineData("/en/initiatives?pillar=no-such-pillar")]
    [InlineData("/ja/events?page=0&junk=%FF%FE")]
    [InlineData("/en/organisations?page[]=1&page=2")]
    [InlineData("/en?q=' OR 1=1")]
    public async Task Junk_in_the_query_string_still_shows_the_page(string path)
    {
        var response = await _client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("<script>");
    }

    [Theory]
    [InlineData("/en/initiatives?organisation=%00&country=%00&pillar=%00&area=%00&status=%00&year=%00")]
    [InlineData("/ja/events?organisation=%27%20OR%201%3D1--&area=..%2F..&country=J%00P&year=2024abc")]
    [InlineData("/en/organisations?country=%F0%9F%98%80&pillar=%3Cscript%3E&area[]=space")]
    [InlineData("/en/search?q=ASEAN&organisation=%00&pillar=no-such-pillar&status=1&year=-2024&country=XX")]
    [InlineData("/en/search?q=ASEAN&status=Banana&status=Ongoing&organisation=")]
    [InlineData("/en/initiatives.csv?organisation=%00&country=ZZ")]
    [InlineData("/ja/events.csv?year=99999999999999999999&organisation=%E2%80%AE")]
    [InlineData("/en/organisations.csv?pillar=%00&country=mm&country=%00")]
    [InlineData("/en/search.csv?q=ASEAN&area=%00&organisation=%3Cscript%3E")]
    [InlineData("/en/search.csv")]
    [InlineData("/en/search.csv?q=%00")]
    [InlineData("/ja/countries.csv?junk=%00")]
    [InlineData("/en/sources?page=%00")]
    [InlineData("/en/feeds/initiatives.atom?country=%00")]
    [InlineData("/api/v1/initiatives?country=%00")]
    [InlineData("/api/v1/events?pillar=%00&country=%00")]
    [InlineData("/api/v1/areas?pillar=%00")]
    [InlineData("/en/feeds/events.atom?pillar=%00")]
    public async Task Junk_in_the_filters_of_lists_search_exports_and_feeds_is_never_a_server_error(string path)
    {
        var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().BeInRange(200, 499, $"{path} must not fail on the server");
        body.Should().NotContain("<script>");
        if (response.Content.Headers.ContentType?.MediaType == "text/html" && !path.Contains("/feeds/", StringComparison.Ordinal))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, "a list ignores what it cannot use (a feed answers 400 for a filter naming nothing)");
            (await HtmlPage.ParseAsync(response)).QuerySelectorAll(".facet__selected").Should().BeEmpty("nothing in {0} names a real value", path);
        }
    }

    [Theory]
    [InlineData("/en/initiatives")]
    [InlineData("/en/events")]
    [InlineData("/ja/organisations")]
    [InlineData("/en/search?q=ASEAN")]
    [InlineData("/en/initiatives.csv")]
    [InlineData("/en/events.csv")]
    [InlineData("/en/organisations.csv")]
    [InlineData("/en/search.csv?q=ASEAN")]
    public async Task Very_long_filter_values_are_ignored(string path)
    {
        var junk = new string('x', 4_000);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';

        var response = await _client.GetAsync($"{path}{separator}organisation={junk}&country={junk}&pillar={junk}&area={junk}&status={junk}&year={junk}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            (await HtmlPage.ParseAsync(response)).QuerySelectorAll(".facet__selected").Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Posting_to_a_public_page_without_a_form_token_changes_nothing_and_does_not_fail()
    {
        var response = await _client.PostAsync("/en/initiatives/sseayp", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x" }));

        ((int)response.StatusCode).Should().BeInRange(400, 499);
    }
}
