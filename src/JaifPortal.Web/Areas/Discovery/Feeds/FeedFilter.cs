using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Feeds;

/// <summary>A feed's pillar and country, read from ?pillar=slug and ?country=ISO code; unknown values find nothing to follow.</summary>
public sealed record FeedFilter(int? PillarId, int? CountryId, IReadOnlyList<string> Names)
{
    public static async Task<FeedFilter?> ResolveAsync(PortalDbContext db, string language, string? pillar, string? country, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        int? pillarId = null;
        int? countryId = null;
        if (!string.IsNullOrEmpty(pillar))
        {
            if (!Slug.IsValid(pillar))
            {
                return null;
            }

            var named = await db.Pillars.AsNoTracking().Include(p => p.Translations).FirstOrDefaultAsync(p => p.Slug == pillar, cancellationToken);
            if (named is null)
            {
                return null;
            }

            pillarId = named.Id;
            names.Add(named.Localize(language)!.Text.Name);
        }

        if (!string.IsNullOrEmpty(country))
        {
            var code = country.ToUpperInvariant();
            if (!Country.IsIsoCodeShaped(code))
            {
                return null;
            }

            var named = await db.Countries.AsNoTracking().Include(c => c.Translations).FirstOrDefaultAsync(c => c.IsoCode == code, cancellationToken);
            if (named is null)
            {
                return null;
            }

            countryId = named.Id;
            names.Add(named.Localize(language)!.Text.Name);
        }

        return new FeedFilter(pillarId, countryId, names);
    }

    public string Title(string baseTitle) => Names.Count == 0 ? baseTitle : $"{baseTitle} – {string.Join(", ", Names)}";
}
