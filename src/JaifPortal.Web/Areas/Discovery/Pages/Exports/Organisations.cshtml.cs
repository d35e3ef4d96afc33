using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages.Exports;

/// <summary>The organisation list as CSV, with the same filters as the list, names in both languages.</summary>
[PublicCache(FilterSubject.Organisations)]
public sealed class OrganisationsModel(PortalDbContext db, IOptions<PortalOptions> options, LinkGenerator links, TimeProvider clock) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken cancellationToken)
    {
        var (filter, _) = await ListFilter.ReadAsync(db, Request.Query, FilterSubject.Organisations, clock, cancellationToken);
        var rows = await filter.Apply(db.Organisations.AsNoTracking().Published()).OrderBy(o => o.Slug)
            .Select(o => new
            {
                o.Slug,
                o.Acronym,
                o.Kind,
                Country = o.Country == null ? null : o.Country.IsoCode,
                o.WebsiteUrl,
                Translations = o.Translations.Where(t => t.IsPublished).Select(t => new { t.Language, t.Name }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return await TableExport.CreateAsync(
            format,
            $"jaif-organisations-{Lang}",
            ["slug", .. TableExport.PerLanguage("name"), "acronym", "kind", "country", "website", "url"],
            rows.Select(row => (IReadOnlyList<object?>)
            [
                row.Slug,
                .. TableExport.PerLanguage(language => row.Translations.FirstOrDefault(t => t.Language == language)?.Name),
                row.Acronym,
                row.Kind.ToString(),
                row.Country,
                row.WebsiteUrl,
                PageLinks.AbsoluteUrl(Request, options.Value, links.PublicPath("/Organisations/Details", Lang, row.Slug)),
            ]),
            cancellationToken);
    }
}
