using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Operations;

public sealed class HttpMethodTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task Every_page_answers_405_to_methods_it_does_not_handle()
    {
        var client = portal.CreateClient();
        var pages = await PageEndpoint.AllAsync(portal.Factory.Services);

        pages.Should().HaveCountGreaterThan(40);
        foreach (var page in pages)
        {
            var path = page.PathWith(_ => "x");
            foreach (var method in new[] { "TRACE", "PUT", "DELETE", "PATCH" })
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

                response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed, "{0} {1} ({2}) is not handled", method, path, page.Route);
                response.Content.Headers.Allow.Should().NotContain(method);
            }
        }
    }

    [Fact]
    public async Task Pages_still_answer_get_head_and_their_posts()
    {
        var client = portal.CreateClient();

        (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/en/initiatives"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsync("/en/initiatives", new FormUrlEncodedContent([]))).StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed, "the list has no form");
        (await client.PostAsync("/admin/sign-in", new FormUrlEncodedContent([]))).StatusCode.Should().Be(HttpStatusCode.BadRequest, "the sign-in form is handled, and refused without its token");
    }
}
