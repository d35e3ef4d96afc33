using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Countries;

/// <summary>Every country with how many published initiatives take place there (linked to it or with a milestone there).</summary>
[PublicCache]
public sealed class IndexModel(PortalDbContext db) : PublicPageModel
{
    public IReadOnlyList<CountrySummary> Countries { get; private set; } = [];

    /// <summary>The map's input: each country with its name in the reader's language and its count of initiatives.</summary>
    public IReadOnlyList<MapCountry> MapCountries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Countries = await CountrySummary.LoadAsync(db, Lang, cancellationToken);
        MapCountries =
        [
            .. Countries.Select(c => new MapCountry(c.IsoCode, c.Slug, Text(c.Translations, c.OriginalLanguage).Text.Name, c.InitiativeCount)),
        ];
    }
}

public sealed record CountrySummary(
    string Slug, string IsoCode, CountryGroup Group, string OriginalLanguage, List<CountryTranslation> Translations,
    int InitiativeCount, int EventCount, int OrganisationCount)
{
    /// <summary>Every country, ASEAN member states first, by name in the language; the counts come from PostgreSQL.</summary>
    public static async Task<IReadOnlyList<CountrySummary>> LoadAsync(PortalDbContext db, string language, CancellationToken cancellationToken)
    {
        // Each published initiative counts once for every country it keeps on its row (InitiativePlaces).
        var initiatives = await db.Initiatives.Published()
            .SelectMany(i => i.CountryIds).GroupBy(countryId => countryId)
            .Select(g => new { CountryId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CountryId, g => g.Count, cancellationToken);
        var countries = await db.Countries.AsNoTracking()
            .OrderBy(c => c.Group)
            .ThenBy(c => c.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault() ?? c.Slug)
            .Select(c => new
            {
                c.Id, c.Slug, c.IsoCode, c.Group, c.OriginalLanguage, Translations = c.Translations.ToList(),
                Events = db.Events.Count(e => e.CountryId == c.Id && e.Publication == PublicationStatus.Published),
                Organisations = db.Organisations.Count(o => o.CountryId == c.Id && o.Publication == PublicationStatus.Published),
            })
            .ToListAsync(cancellationToken);
        return
        [
            .. countries.Select(c => new CountrySummary(
                c.Slug, c.IsoCode, c.Group, c.OriginalLanguage, c.Translations, initiatives.GetValueOrDefault(c.Id), c.Events, c.Organisations)),
        ];
    }
}
