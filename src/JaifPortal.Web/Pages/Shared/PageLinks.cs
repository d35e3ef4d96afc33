using JaifPortal.Web.Areas.Discovery.Filtering;
using Microsoft.Extensions.Primitives;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// Addresses of the same page in other languages. Public paths differ only in their first
/// segment (/en/… and /ja/…), so the language switch, hreflang and canonical links derive from the path.
/// </summary>
public static class PageLinks
{
    /// <summary>Query parameters that change what a page shows; anything else is left out of links.</summary>
    private static readonly string[] MeaningfulQueryKeys =
    [
        "q", .. FilterKeys.All, FilterKeys.Sort,
        // The selections of the lists behind the dashboards' figures.
        "kind", "show", "publication", "figure", "month", "mstatus",
        "page",
    ];

    public static string PathIn(HttpRequest request, string language)
    {
        var segments = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var rest = segments.Length > 1 ? "/" + string.Join('/', segments.Skip(1)) : string.Empty;
        return "/" + language + rest + Ordered(QueryRead(request)).ToUriComponent();
    }

    /// <summary>
    /// A public page's path in a language, e.g. <c>links.PublicPath("/Initiatives/Details", "en", "jenesys")</c> for
    /// /en/initiatives/jenesys: generated from the page's route, for code without a page's <c>Url</c> (feeds, exports, search, the API).
    /// </summary>
    public static string PublicPath(this LinkGenerator links, string page, string language, string? slug = null) =>
        links.GetPathByPage(page, handler: null, values: new RouteValueDictionary { ["area"] = string.Empty, ["lang"] = language, ["slug"] = slug })
            ?? throw new InvalidOperationException($"The public page {page} has no address for these values.");

    public static string AbsoluteUrl(HttpRequest request, PortalOptions options, string pathAndQuery)
    {
        var baseUrl = string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.PublicBaseUrl.TrimEnd('/');
        return baseUrl + pathAndQuery;
    }

    /// <summary>The page's address with another query value, e.g. for the pager's links.</summary>
    public static string WithQuery(HttpRequest request, string key, string? value) => With(request, key, value, keepPage: true);

    /// <summary>The page's address with one filter set or (with null) cleared, back on the first page.</summary>
    public static string WithFilter(HttpRequest request, string key, string? value) => With(request, key, value, keepPage: false);

    /// <summary>
    /// Another address (a CSV download from <c>Url.Page</c>, say) with this page's search and filters, from its first row;
    /// without the list's order, which a download keeps its own of.
    /// </summary>
    public static string Export(HttpRequest request, string? path) =>
        (path ?? throw new InvalidOperationException("The download page has no address.")) + Ordered(QueryRead(request).Where(pair => pair.Key is not (Paging.Key or FilterKeys.Sort))).ToUriComponent();

    /// <summary>The page's address with its search but none of its filters.</summary>
    public static string WithoutFilters(HttpRequest request) =>
        request.Path + Ordered(QueryRead(request).Where(pair => pair.Key == "q")).ToUriComponent();

    private static string With(HttpRequest request, string key, string? value, bool keepPage)
    {
        var values = QueryRead(request)
            .Where(pair => pair.Key != key && (keepPage || pair.Key != Paging.Key))
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        if (!string.IsNullOrEmpty(value))
        {
            values[key] = new StringValues(value);
        }

        return request.Path + QueryString.Create(values).ToUriComponent();
    }

    private static QueryString Ordered(IEnumerable<KeyValuePair<string, StringValues>> query) =>
        QueryString.Create(query.OrderBy(pair => Array.IndexOf(MeaningfulQueryKeys, pair.Key)));

    /// <summary>
    /// The query as this page reads it. A cached public answer (<see cref="PublicCacheAttribute"/>) names its keys and reads
    /// each key's first value; its links carry exactly that, as its copy is kept under exactly that, or the copy made for
    /// one address would show another address's query to everyone. Other pages keep every value of the keys pages read.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, StringValues>> QueryRead(HttpRequest request)
    {
        if (request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<PublicCacheAttribute>() is { } answer)
        {
            return answer.QueryKeys
                .Select(key => new KeyValuePair<string, StringValues>(key, FilterKeys.FirstValue(request.Query, key)))
                .Where(pair => !StringValues.IsNullOrEmpty(pair.Value));
        }

        return request.Query.Where(pair => MeaningfulQueryKeys.Contains(pair.Key) && !StringValues.IsNullOrEmpty(pair.Value));
    }
}
