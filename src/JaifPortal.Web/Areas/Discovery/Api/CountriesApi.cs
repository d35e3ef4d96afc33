using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Api;

public sealed record ApiCountry(string IsoCode, string Slug, CountryGroup Group, string OriginalLanguage, Bilingual Name, Bilingual Url);

public static class CountriesApi
{
    public static RouteGroupBuilder MapCountriesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/countries", async (string? page, string? pageSize, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            var rows = db.Countries.AsNoTracking()
                .OrderBy(c => c.Group).ThenBy(c => c.IsoCode)
                .Select(c => new { c.IsoCode, c.Slug, c.Group, c.OriginalLanguage, Translations = c.Translations.Where(t => t.IsPublished).ToList() });
            var result = await PageRequest.From(page, pageSize).LoadAsync(rows, c => new ApiCountry(
                c.IsoCode, c.Slug, c.Group, c.OriginalLanguage, Bilingual.Of(c.Translations, t => t.Name), Bilingual.Url(links, "/Countries/Details", c.Slug)), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiCountry>>("ListCountries", "Countries, ASEAN member states first, by ISO code.")
            .CachedPublicly("page", "pageSize");
        return api;
    }
}
