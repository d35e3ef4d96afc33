using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Api;

public sealed record ApiCountry(string IsoCode, string Slug, CountryGroup Group, string OriginalLanguage, Bilingual Name, Bilingual Url);

public static class CountriesApi
{
    public static RouteGroupBuilder MapCountriesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/countries", async (string? page, string? pageSize, PortalDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var rows = db.Countries.AsNoTracking()
                .OrderBy(c => c.Group).ThenBy(c => c.IsoCode)
                .Select(c => new { c.IsoCode, c.Slug, c.Group, c.OriginalLanguage, Translations = c.Translations.Where(t => t.IsPublished).ToList() });
            var result = await PageRequest.From(page, pageSize).LoadAsync(rows, c => new ApiCountry(
                c.IsoCode, c.Slug, c.Group, c.OriginalLanguage, Bilingual.Of(c.Translations, t => t.Name), Bilingual.Url("countries", c.Slug)), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiCountry>>("ListCountries", "Countries, ASEAN member states first, by ISO code.")
            .CachedPublicly("page", "pageSize");
        return api;
    }

    /// <summary>The country with this ISO code (any case), or null.</summary>
    internal static Task<int?> FindIdAsync(PortalDbContext db, string isoCode, CancellationToken cancellationToken)
    {
        var code = isoCode.ToUpperInvariant();
        if (!Country.IsIsoCodeShaped(code))
        {
            return Task.FromResult<int?>(null);
        }

        return db.Countries.Where(c => c.IsoCode == code).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
