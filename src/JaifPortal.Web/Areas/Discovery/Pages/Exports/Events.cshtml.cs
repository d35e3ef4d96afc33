using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages.Exports;

/// <summary>The event list as CSV, with the same filters as the list, names and places in both languages.</summary>
[PublicCache(FilterSubject.Events)]
public sealed class EventsModel(PortalDbContext db, IOptions<PortalOptions> options, LinkGenerator links, TimeProvider clock) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken cancellationToken)
    {
        var (filter, _) = await ListFilter.ReadAsync(db, Request.Query, FilterSubject.Events, clock, cancellationToken);
        var rows = await filter.Apply(db.Events.AsNoTracking().Published()).NewestFirst()
            .Select(e => new
            {
                e.Slug,
                e.StartDate,
                e.EndDate,
                Country = e.Country == null ? null : e.Country.IsoCode,
                e.OriginalLanguage,
                Translations = e.Translations.Where(t => t.IsPublished).Select(t => new { t.Language, t.Name, t.Place }).ToList(),
                Areas = e.Areas.Select(link => link.CooperationArea.Slug).ToList(),
                Organisations = e.Organisations.Where(link => link.Organisation.Publication == PublicationStatus.Published)
                    .Select(link => link.Organisation.Slug).Distinct().ToList(),
            })
            .ToListAsync(cancellationToken);
        return await TableExport.CreateAsync(
            format,
            $"jaif-events-{Lang}",
            ["slug", .. TableExport.PerLanguage("name"), .. TableExport.PerLanguage("place"), "start", "end", "country", "areas", "organisations", "original_language", "url"],
            rows.Select(row => (IReadOnlyList<object?>)
            [
                row.Slug,
                .. TableExport.PerLanguage(language => row.Translations.FirstOrDefault(t => t.Language == language)?.Name),
                .. TableExport.PerLanguage(language => row.Translations.FirstOrDefault(t => t.Language == language)?.Place),
                row.StartDate,
                row.EndDate,
                row.Country,
                string.Join(' ', row.Areas.Order(StringComparer.Ordinal)),
                string.Join(' ', row.Organisations.Order(StringComparer.Ordinal)),
                row.OriginalLanguage,
                PageLinks.AbsoluteUrl(Request, options.Value, links.PublicPath("/Events/Details", Lang, row.Slug)),
            ]),
            cancellationToken);
    }
}
