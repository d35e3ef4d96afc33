using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests;

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

    [Fact]
    public async Task Posting_to_a_public_page_without_a_form_token_changes_nothing_and_does_not_fail()
    {
        var response = await _client.PostAsync("/en/initiatives/sseayp", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x" }));

        ((int)response.StatusCode).Should().BeInRange(400, 499);
    }
}
