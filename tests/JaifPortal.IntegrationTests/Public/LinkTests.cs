using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>The seeded portal with an administrator, who may open every page of the back office and the dashboards.</summary>
public sealed class LinkPortal() : SeededPortal(StaffAccount.Administrator);

/// <summary>
/// Addresses are generated from the pages' routes (docs/architecture.md, "Addresses and form fields"), so a page
/// renamed, moved or given another route shows here as a link that leads nowhere, wherever the link is written.
/// </summary>
public class LinkTests(LinkPortal portal) : IClassFixture<LinkPortal>
{
    private const string Event = "stakeholder-consultation-with-the-asean-dialogue-partners-2024";

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task Every_link_on_the_main_pages_leads_to_a_page(string language)
    {
        var client = BackOffice.NewClient(portal.Factory, language);
        (await BackOffice.SignInAsync(client, StaffAccount.Administrator.Email)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        int initiative, eventId, organisation, area;
        await using (var db = portal.CreateContext())
        {
            initiative = await db.Initiatives.Where(i => i.Slug == "jenesys").Select(i => i.Id).SingleAsync();
            eventId = await db.Events.Where(e => e.Slug == Event).Select(e => e.Id).SingleAsync();
            organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            area = await db.CooperationAreas.Where(a => a.Slug == "disaster-management").Select(a => a.Id).SingleAsync();
        }

        string[] pages =
        [
            $"/{language}", $"/{language}/initiatives", $"/{language}/initiatives?country=VN", $"/{language}/initiatives/jenesys",
            $"/{language}/events", $"/{language}/events/{Event}", $"/{language}/organisations", $"/{language}/countries",
            $"/{language}/countries/indonesia", $"/{language}/pillars/partners-for-peace-and-stability", $"/{language}/areas/disaster-management",
            $"/{language}/sources", $"/{language}/search?q=disaster", "/error/404",
            $"/{language}/dashboards", $"/{language}/dashboards/1", $"/{language}/dashboards/1/records?kind=initiatives", $"/{language}/dashboards/asean",
            $"/{language}/briefings/pillars/1", $"/{language}/briefings/countries/indonesia", $"/{language}/briefings/events/{Event}",
            "/admin", "/admin/initiatives", $"/admin/initiatives/edit?id={initiative}", $"/admin/initiatives/preview?id={initiative}",
            $"/admin/initiatives/images?id={initiative}", "/admin/events", $"/admin/events/edit?id={eventId}", $"/admin/events/preview?id={eventId}",
            "/admin/organisations", $"/admin/organisations/edit?id={organisation}", "/admin/people", "/admin/structure",
            $"/admin/structure/area?id={area}", "/admin/crosswalk", $"/admin/crosswalk/edit?id={area}", "/admin/users", "/admin/audit",
            $"/admin/history?type={RecordTypes.Initiative}&id={initiative}", "/admin/account/password",
        ];

        var links = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var empty = new List<string>();
        foreach (var page in pages)
        {
            var document = await HtmlPage.ParseAsync(await OkAsync(client, page));
            var addresses = Addresses(document, out var withoutAddress);
            foreach (var address in addresses)
            {
                links.TryAdd(address, page);
            }

            empty.AddRange(withoutAddress.Select(link => $"{page}: <a> \"{link}\" has no address"));
        }

        var broken = new ConcurrentBag<string>(empty);
        await Parallel.ForEachAsync(links, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (link, cancellation) =>
        {
            using var response = await client.GetAsync(link.Key, HttpCompletionOption.ResponseHeadersRead, cancellation);
            if ((int)response.StatusCode >= 400)
            {
                broken.Add($"{link.Value} links to {link.Key}, which answers {(int)response.StatusCode}");
            }
        });

        links.Should().HaveCountGreaterThan(200, "the pages link to each other a lot");
        string.Join(Environment.NewLine, broken.Order(StringComparer.Ordinal)).Should().BeEmpty("every link should lead to a page");
    }

    private static async Task<HttpResponseMessage> OkAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        if (path.StartsWith("/error/", StringComparison.Ordinal))
        {
            return response;
        }

        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path} should render");
        return response;
    }

    /// <summary>The page's own addresses its links, alternates and GET forms lead to; the sign-out (a form that posts) is left alone.</summary>
    private static List<string> Addresses(IDocument document, out List<string> withoutAddress)
    {
        // A link to a page link generation cannot find (renamed, moved to another area) is written with an empty href.
        withoutAddress = [.. document.QuerySelectorAll("a").Where(link => string.IsNullOrWhiteSpace(link.GetAttribute("href"))).Select(link => link.TextContent.Trim())];
        var written = document.QuerySelectorAll("a[href], link[href]").Select(element => element.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("form[method='get'][action]").Select(form => form.GetAttribute("action")!));
        return [.. written.Select(Local).OfType<string>().Where(path => !path.StartsWith("/admin/sign-out", StringComparison.Ordinal)).Distinct()];
    }

    /// <summary>A same-site address as a path and query (without the fragment), or null for another site, mail or a fragment alone.</summary>
    private static string? Local(string href)
    {
        if (href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal))
        {
            var absolute = new Uri(href);
            return absolute.Host == "localhost" ? absolute.PathAndQuery : null;
        }

        var path = href.Split('#')[0];
        return path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) ? path : null;
    }
}
