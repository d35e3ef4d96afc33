using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>
/// Sends odd values in every parameter of every GET and POST handler of every page that needs a signed-in
/// account, found from the portal's endpoints (so a new page is covered without listing it): none may
/// answer with a server error.
/// </summary>
public sealed partial class SignedInFuzzTests : PortalPerTest
{
    /// <summary>Values as they travel in an address or a form body, already percent-encoded.</summary>
    private static readonly string[] OddValues =
    [
        "a%00b",
        new('x', 10_000),
        "%FF%FE%C3%28",
        "-1",
        "99999999999999999999",
        "2147483647",
        "0001-01-01T00:00",
        "9999-12-31",
    ];

    /// <summary>Filter keys the dashboards, briefing packs and lists read from the address themselves rather than through a parameter.</summary>
    private static readonly string[] AddressKeys = [.. FilterKeys.All, .. FilterKeys.Renamed.Keys, "q", "page", "sort"];

    private HttpClient _client = null!;
    private string? _token;

    [Fact]
    public async Task No_odd_value_in_any_parameter_of_a_signed_in_page_is_a_server_error()
    {
        _client = await NewAdministratorAsync();
        var pages = (await PageEndpoint.AllAsync(Factory.Services)).Where(page => page.NeedsSignIn).ToList();
        var routeValues = await RouteValueCandidatesAsync();
        var examples = await ExampleQueriesAsync(pages, routeValues);
        var failures = new List<string>();

        foreach (var page in pages)
        {
            var path = await ReachablePathAsync(page, routeValues);
            var example = examples.GetValueOrDefault(PathOnly(path), []);
            foreach (var handler in page.Page.HandlerMethods)
            {
                var isPost = handler.HttpMethod.Equals("Post", StringComparison.OrdinalIgnoreCase);
                var names = ParameterNames(page.Page, handler).Concat(isPost ? [] : AddressKeys).Distinct().ToList();
                foreach (var odd in OddValues)
                {
                    // Once with every parameter odd, once keeping the values the page's own links use (a real record's id).
                    foreach (var keep in example.Count == 0 ? [example] : new[] { [], example })
                    {
                        var values = names.ToDictionary(name => name, name => keep.GetValueOrDefault(name, odd));
                        var response = await SendAsync(path, handler.Name, isPost, values);
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"{(int)response.StatusCode} {handler.HttpMethod.ToUpperInvariant()} {path} handler={handler.Name} odd={odd[..Math.Min(odd.Length, 20)]} kept={string.Join(",", keep.Keys)}");
                        }
                    }
                }
            }

            // Odd route values too (a pillar or slug in the path); servers refuse a NUL in a path before the portal sees it.
            if (page.Endpoint.RoutePattern.Parameters.Any(parameter => parameter.Name != "lang"))
            {
                foreach (var odd in OddValues.Where(odd => odd.Length < 100 && !odd.Contains("%00", StringComparison.Ordinal)))
                {
                    var response = await _client.GetAsync(page.PathWith(_ => Uri.UnescapeDataString(odd)));
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} GET {page.Route} route value {odd}");
                    }
                }
            }

        }

        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    [Theory]
    [InlineData("0001-01-01T00:00")]
    [InlineData("9999-12-31T23:59")]
    public async Task A_scheduling_date_out_of_range_is_explained_not_a_server_error(string publishAt)
    {
        var reviewer = await NewAdministratorAsync();
        await using var db = Database.CreateContext();
        var record = await db.Initiatives.Where(i => i.Slug == "sseayp").Select(i => new { i.Id, i.Version }).SingleAsync();

        var response = await BackOffice.PostFormAsync(reviewer, "/admin", $"/admin/initiatives/edit?id={record.Id}&handler=Schedule",
            new() { ["Version"] = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["publishAt"] = publishAt });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(response)).QuerySelector(".form-error")!.TextContent.Should().Contain("Choose a date and time in the future.");
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? handler, bool isPost, Dictionary<string, string> values)
    {
        var body = string.Join('&', values.Select(pair => $"{Uri.EscapeDataString(pair.Key)}={pair.Value}"));
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var handlerQuery = handler is null ? string.Empty : $"handler={handler}";
        HttpResponseMessage response;
        if (isPost)
        {
            _token ??= await BackOffice.AntiforgeryTokenAsync(_client, "/admin");
            var content = new StringContent($"{body}&__RequestVerificationToken={Uri.EscapeDataString(_token)}", Encoding.ASCII, "application/x-www-form-urlencoded");
            response = await _client.PostAsync(handler is null ? path : $"{path}{separator}{handlerQuery}", content);
        }
        else
        {
            response = await _client.GetAsync($"{path}{separator}{string.Join('&', new[] { handlerQuery, body }.Where(part => part.Length > 0))}");
        }

        // An action that ended the session (signing out, a password reset of this very account): carry on as another administrator.
        if (response.Headers.Location?.OriginalString.Contains("/admin/sign-in", StringComparison.Ordinal) == true)
        {
            _client = await NewAdministratorAsync();
            _token = null;
        }

        return response;
    }

    private async Task<HttpClient> NewAdministratorAsync()
    {
        var email = $"fuzz-{Guid.NewGuid():N}@jmt.example";
        await BackOffice.CreateUserAsync(Factory, email, PortalRoles.Administrator);
        return await BackOffice.SignedInClientAsync(Factory, email);
    }

    /// <summary>The names a handler binds: its own parameters and the page's bound properties (sent to GET handlers too), with the fields of forms spelled out.</summary>
    private static IEnumerable<string> ParameterNames(CompiledPageActionDescriptor page, Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.HandlerMethodDescriptor handler)
    {
        var parameters = handler.Parameters.Select(parameter => (Name: parameter.BindingInfo?.BinderModelName ?? parameter.Name, Type: parameter.ParameterType));
        var properties = page.BoundProperties.Select(property => (Name: property.BindingInfo?.BinderModelName ?? property.Name, Type: property.ParameterType));
        return parameters.Concat(properties)
            .Where(pair => pair.Type != typeof(CancellationToken))
            .SelectMany(pair => FieldNames(pair.Name, pair.Type, depth: 0));
    }

    private static IEnumerable<string> FieldNames(string prefix, Type type, int depth)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(decimal) || inner == typeof(DateTime)
            || inner == typeof(DateOnly) || inner == typeof(DateTimeOffset) || inner == typeof(Guid) || depth > 3)
        {
            return [prefix];
        }

        if (inner.IsGenericType && inner.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return ContentLanguage.Published.SelectMany(language => FieldNames($"{prefix}[{language}]", inner.GetGenericArguments()[1], depth + 1));
        }

        if (typeof(IEnumerable).IsAssignableFrom(inner))
        {
            var element = inner.IsArray ? inner.GetElementType()! : inner.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return FieldNames($"{prefix}[0]", element, depth + 1);
        }

        if (inner.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) == true)
        {
            return [];
        }

        return inner.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite)
            .SelectMany(property => FieldNames($"{prefix}.{property.Name}", property.PropertyType, depth + 1));
    }

    /// <summary>Real values for route parameters such as {pillar} and {slug}: a page is fuzzed at an address that exists.</summary>
    private async Task<List<string>> RouteValueCandidatesAsync()
    {
        await using var db = Database.CreateContext();
        return
        [
            await db.Pillars.OrderBy(p => p.Number).Select(p => p.Slug).FirstAsync(),
            await db.Countries.OrderBy(c => c.IsoCode).Select(c => c.Slug).FirstAsync(),
            await db.Events.Where(e => e.Publication == PublicationStatus.Published).OrderBy(e => e.Id).Select(e => e.Slug).FirstAsync(),
        ];
    }

    private async Task<string> ReachablePathAsync(PageEndpoint page, List<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            var path = page.PathWith(_ => candidate);
            if ((await _client.GetAsync(path)).StatusCode == HttpStatusCode.OK)
            {
                return path;
            }
        }

        return page.PathWith(_ => candidates[0]);
    }

    /// <summary>For each page, the query of the first link to it found on the other pages, e.g. an edit page's id.</summary>
    private async Task<Dictionary<string, Dictionary<string, string>>> ExampleQueriesAsync(List<PageEndpoint> pages, List<string> candidates)
    {
        var examples = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            var html = await (await _client.GetAsync(await ReachablePathAsync(page, candidates))).Content.ReadAsStringAsync();
            foreach (Match link in LinkWithQuery().Matches(html))
            {
                var query = WebUtility.HtmlDecode(link.Groups["query"].Value).Split('&')
                    .Select(pair => pair.Split('=', 2))
                    .Where(pair => pair.Length == 2 && pair[0] != "handler")
                    .DistinctBy(pair => pair[0])
                    .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
                examples.TryAdd(link.Groups["path"].Value, query);
            }
        }

        return examples;
    }

    private static string PathOnly(string path) => path.Split('?')[0];

    [GeneratedRegex("href=\"(?<path>/[^\"?#]*)\\?(?<query>[^\"#]+)\"")]
    private static partial Regex LinkWithQuery();
}
