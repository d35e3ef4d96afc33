using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Areas.Discovery.Search;
using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages.Search;

/// <summary>
/// The search results as CSV, with the same search and filters as the results page but every result, not
/// only the best of each kind: one row per result, by kind and rank, its name in each language.
/// </summary>
[PublicCache(FilterSubject.Initiatives, SearchQuery.Key)]
public sealed class ExportModel(PortalDbContext db, QueryLanes lanes, IOptions<PortalOptions> options, LinkGenerator links, TimeProvider clock) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(string format, [FromQuery] string? q, CancellationToken cancellationToken)
    {
        var query = SearchQuery.From(q);
        var groups = query.IsEmpty || query.IsTooShort
            ? []
            : (await new PortalSearch(db, lanes, links, clock).RunAsync(query, Request.Query, T, int.MaxValue, cancellationToken)).Groups;
        return await TableExport.CreateAsync(
            format,
            $"jaif-search-{Lang}",
            ["kind", "rank", "slug", .. TableExport.PerLanguage("name"), "acronym", "url"],
            groups.SelectMany(group => group.Results.Select((result, index) => (IReadOnlyList<object?>)
            [
                group.Kind,
                index + 1,
                result.Slug,
                .. TableExport.PerLanguage(language => result.PublishedNames[language]),
                result.Acronym,
                PageLinks.AbsoluteUrl(Request, options.Value, result.Href),
            ])),
            cancellationToken);
    }
}
