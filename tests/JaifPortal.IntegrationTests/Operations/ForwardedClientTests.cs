using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Operations;

public class ForwardedClientTests
{
    [Fact]
    public async Task The_rate_limit_counts_each_visitor_behind_a_listed_proxy_and_ignores_what_anyone_else_forwards()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString, new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
            ["Api:RequestsPerMinute"] = "1",
        });

        async Task<HttpStatusCode> RequestAsync(string from, string forwardedFor)
        {
            var context = await factory.Server.SendAsync(request =>
            {
                request.Request.Method = "GET";
                request.Request.Path = "/api/v1/pillars";
                request.Request.Headers["X-Forwarded-For"] = forwardedFor;
                request.Connection.RemoteIpAddress = IPAddress.Parse(from);
            });
            return (HttpStatusCode)context.Response.StatusCode;
        }

        (await RequestAsync(from: "10.0.0.5", forwardedFor: "203.0.113.1")).Should().Be(HttpStatusCode.OK);
        (await RequestAsync(from: "10.0.0.5", forwardedFor: "203.0.113.2")).Should().Be(HttpStatusCode.OK, "another visitor behind the same proxy has a minute of its own");
        (await RequestAsync(from: "10.0.0.5", forwardedFor: "203.0.113.1")).Should().Be(HttpStatusCode.TooManyRequests);
        (await RequestAsync(from: "198.51.100.9", forwardedFor: "203.0.113.3")).Should().Be(HttpStatusCode.OK);
        (await RequestAsync(from: "198.51.100.9", forwardedFor: "203.0.113.4")).Should().Be(HttpStatusCode.TooManyRequests,
            "an address that is not a listed proxy cannot pose as new visitors");
    }
}
