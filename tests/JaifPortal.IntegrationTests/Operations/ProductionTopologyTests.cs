using System.Collections.Concurrent;
using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Operations;

/// <summary>
/// Two portal instances behind nginx with TLS, each its own process in the Production environment (PortalCluster):
/// what visitors, editors and operators notice when the portal runs as several instances.
/// </summary>
public sealed class ProductionTopologyTests(PortalCluster cluster) : IClassFixture<PortalCluster>
{
    private string PublicBaseUrl => cluster.Nginx.PublicBaseUrl.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task A_form_opened_on_one_instance_is_accepted_by_the_other_and_still_after_both_restart()
    {
        var browser = new CookieContainer();
        using var first = cluster.Instances[0].CreateClientAsProxy(cluster.Nginx.PublicBaseUrl, browser);
        using var second = cluster.Instances[1].CreateClientAsProxy(cluster.Nginx.PublicBaseUrl, browser);
        (await BackOffice.SignInAsync(first, PortalCluster.AdministratorEmail, cluster.AdministratorPassword))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var editPage = $"/admin/initiatives/edit?id={await SseaypIdAsync()}";
        var fields = await EditForm.ReadAsync(first, editPage);
        var token = await BackOffice.AntiforgeryTokenAsync(first, editPage);

        fields["Form.Texts[en].Summary"] = "Saved on the second instance.";
        fields["__RequestVerificationToken"] = token;
        var saved = await second.PostAsync($"{editPage}&handler=Save", new FormUrlEncodedContent(fields));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.Should().StartWith("/admin/initiatives/edit?id=", "the second instance reads the first one's sign-in cookie and antiforgery token");
        (await EditForm.ReadAsync(second, editPage))["Form.Texts[en].Summary"].Should().Be("Saved on the second instance.");

        await Task.WhenAll(cluster.Instances.Select(instance => instance.StopAsync()));
        await Task.WhenAll(cluster.Instances.Select(instance => instance.StartAsync()));

        // The form as the editor had it open before the restart, with its token then; only the record's version is current.
        fields["Version"] = (await EditForm.ReadAsync(first, editPage))["Version"];
        fields["Form.Texts[en].Summary"] = "Saved after both instances restarted.";
        var savedAgain = await first.PostAsync($"{editPage}&handler=Save", new FormUrlEncodedContent(fields));

        savedAgain.StatusCode.Should().Be(HttpStatusCode.Redirect);
        savedAgain.Headers.Location!.OriginalString.Should().StartWith("/admin/initiatives/edit?id=", "the sign-in and the open form outlive a restart of every instance");
        (await EditForm.ReadAsync(second, editPage))["Form.Texts[en].Summary"].Should().Be("Saved after both instances restarted.");
    }

    [Fact]
    public async Task Through_nginx_answers_keep_to_https_and_signing_in_sets_one_secure_host_only_cookie()
    {
        using var visitor = cluster.Nginx.CreateClient();
        foreach (var page in new[] { "/en", "/ja/initiatives", "/en/initiatives/sseayp", "/en/search?q=ASEAN", "/en/feeds/events.atom", "/api/v1/pillars" })
        {
            var answer = await visitor.GetAsync(page);
            answer.StatusCode.Should().Be(HttpStatusCode.OK, page);
            answer.Headers.GetValues("Strict-Transport-Security").Should().Equal(["max-age=31536000; includeSubDomains"], page);
            answer.Headers.Contains("Set-Cookie").Should().BeFalse($"{page} is public: an anonymous visitor gets no cookie");
        }

        var backOffice = await visitor.GetAsync("/admin");
        backOffice.StatusCode.Should().Be(HttpStatusCode.Redirect);
        AbsoluteLocation(backOffice).Should().StartWith($"{PublicBaseUrl}/admin/sign-in");

        var form = await visitor.GetAsync("/admin/sign-in");
        SetCookies(form).Should().ContainSingle().Which.Should().StartWith("__Host-jaif.antiforgery=")
            .And.Contain("path=/").And.Contain("secure").And.Contain("httponly").And.Contain("samesite=strict");

        var signIn = await BackOffice.SignInAsync(visitor, PortalCluster.AdministratorEmail, cluster.AdministratorPassword);

        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the answer fits nginx's default header buffers (no 502)");
        AbsoluteLocation(signIn).Should().Be($"{PublicBaseUrl}/admin");
        SetCookies(signIn).Should().ContainSingle().Which.Should().StartWith("__Host-jaif.admin=")
            .And.Contain("path=/").And.Contain("secure").And.Contain("httponly").And.Contain("samesite=strict");
        (await visitor.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await visitor.GetAsync("/en/dashboards")).StatusCode.Should().Be(HttpStatusCode.OK, "the one cookie also reaches the dashboards beside the public pages");
    }

    [Fact]
    public async Task A_forged_Host_header_changes_no_link()
    {
        using var visitor = cluster.Nginx.CreateClient();
        foreach (var path in new[]
        {
            "/en", "/ja/initiatives/sseayp", "/sitemap.xml", "/robots.txt", "/en/feeds/initiatives.atom", "/en/feeds/events.atom",
            "/en/initiatives.csv", "/en/initiatives.iati.xml", "/openapi/v1.json",
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = "evil.example";
            var response = await visitor.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            body.Should().NotContain("evil.example", path).And.Contain(PublicBaseUrl, path);
        }
    }

    [Fact]
    public async Task The_audit_log_names_the_visitor_behind_nginx_and_a_caller_who_is_no_listed_proxy_cannot_claim_https()
    {
        using var visitor = cluster.Nginx.CreateClient(from: IPAddress.Parse("127.0.0.3"));
        visitor.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        var email = $"nobody-{Guid.NewGuid():N}@cluster.example";

        (await BackOffice.SignInAsync(visitor, email, "not the password of anyone")).StatusCode.Should().Be(HttpStatusCode.OK);

        await using (var db = cluster.Database.CreateContext())
        {
            (await db.AuditEntries.Where(entry => entry.UserEmail == email).Select(entry => entry.IpAddress).SingleAsync())
                .Should().Be("127.0.0.3", "nginx names the connecting address, and the portal believes nginx");
        }

        var instance = cluster.Instances[0];
        using var direct = Loopback.Client(new Uri($"http://127.0.0.1:{instance.Port}"), instance.Port, from: IPAddress.Parse("127.0.0.2"));
        using var claim = new HttpRequestMessage(HttpMethod.Get, "/admin/sign-in");
        claim.Headers.Add("X-Forwarded-Proto", "https");
        claim.Headers.Add("X-Forwarded-For", "203.0.113.9");
        claim.Headers.Add("X-Forwarded-Host", "evil.example");
        var answer = await direct.SendAsync(claim);

        answer.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect, "127.0.0.2 is not a listed proxy, so the request stays plain http");
        answer.Headers.Location!.OriginalString.Should().Be($"{PublicBaseUrl}/admin/sign-in");
    }

    [Fact]
    public async Task Stopping_one_instance_under_load_fails_no_request()
    {
        string[] pages = ["/en", "/ja", "/en/initiatives", "/en/initiatives/sseayp", "/ja/events", "/en/countries", "/api/v1/initiatives"];
        var failures = new ConcurrentQueue<string>();
        var answered = 0;
        using var answers = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();

        async Task VisitAsync(int visitor)
        {
            using var client = cluster.Nginx.CreateClient();
            for (var request = visitor; !stop.IsCancellationRequested; request++)
            {
                var page = pages[request % pages.Length];
                using var response = await client.GetAsync(page);
                await response.Content.ReadAsByteArrayAsync();
                Interlocked.Increment(ref answered);
                answers.Release();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Enqueue($"{page}: {(int)response.StatusCode}");
                }
            }
        }

        async Task AnsweredAsync(int count)
        {
            for (var answer = 0; answer < count; answer++)
            {
                if (!await answers.WaitAsync(TimeSpan.FromSeconds(30)))
                {
                    throw new TimeoutException($"Only {answer} of {count} requests answered within 30 s; failures so far: {string.Join(", ", failures)}");
                }
            }
        }

        var visitors = Enumerable.Range(0, 4).Select(VisitAsync).ToList();
        try
        {
            // Each round of the pages under load on both instances, then on the one left: the answers are counted as they come.
            await AnsweredAsync(2 * pages.Length);
            await cluster.Instances[1].StopAsync();
            while (answers.Wait(0))
            {
                // Only answers from after the stop count for the second round.
            }

            await AnsweredAsync(2 * pages.Length);
            await stop.CancelAsync();
            await Task.WhenAll(visitors);
        }
        finally
        {
            await stop.CancelAsync();
            await cluster.Instances[1].StartAsync();
        }

        failures.Should().BeEmpty("nginx passes new requests to the running instance and the stopped one finishes what it was serving");
        answered.Should().BeGreaterThan(pages.Length);
    }

    private async Task<int> SseaypIdAsync()
    {
        await using var db = cluster.Database.CreateContext();
        return await db.Initiatives.Where(i => i.Slug == "sseayp").Select(i => i.Id).SingleAsync();
    }

    private string AbsoluteLocation(HttpResponseMessage response) => new Uri(cluster.Nginx.PublicBaseUrl, response.Headers.Location!).AbsoluteUri.TrimEnd('/');

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];
}
