using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Countries;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages.Exports;

/// <summary>The countries list as CSV, with the counts the countries page shows, names in both languages.</summary>
[PublicCache]
public sealed class CountriesModel(PortalDbContext db, IOptions<PortalOptions> options, LinkGenerator links) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken cancellationToken)
    {
        var countries = await CountrySummary.LoadAsync(db, Lang, cancellationToken);
        string? Name(CountrySummary country, string language) =>
            country.Translations.FirstOrDefault(t => t.Language == language && t.IsPublished)?.Name;
        return await TableExport.CreateAsync(
            format,
            $"jaif-countries-{Lang}",
            ["iso_code", "slug", .. TableExport.PerLanguage("name"), "group", "initiatives", "events", "organisations", "url"],
            countries.Select(country => (IReadOnlyList<object?>)
            [
                country.IsoCode,
                country.Slug,
                .. TableExport.PerLanguage(language => Name(country, language)),
                country.Group.ToString(),
                country.InitiativeCount,
                country.EventCount,
                country.OrganisationCount,
                PageLinks.AbsoluteUrl(Request, options.Value, links.PublicPath("/Countries/Details", Lang, country.Slug)),
            ]),
            cancellationToken);
    }
}
