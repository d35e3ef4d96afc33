using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Countries;

/// <summary>Every country with how many published initiatives take place there (linked to it or with a milestone there).</summary>
public sealed class IndexModel(PortalDbContext db) : PublicPageModel
{
    public IReadOnlyList<CountrySummary> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Countries = await CountrySummary.LoadAsync(db, Lang, cancellationToken);
    }
}

public sealed record CountrySummary(
    string Slug, string IsoCode, CountryGroup Group, string OriginalLanguage, List<CountryTranslation> Translations,
    int InitiativeCount, int EventCount, int OrganisationCount)
{
    /// <summary>Every country, ASEAN member states first, by name in the language; the counts come from PostgreSQL.</summary>
    public static async Task<IReadOnlyList<CountrySummary>> LoadAsync(PortalDbContext db, string language, CancellationToken cancellationToken)
    {
        var initiatives = await InitiativePlaces.Of(db.Initiatives.Published())
            .GroupBy(place => place.IsoCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var countries = await db.Countries.AsNoTracking()
            .OrderBy(c => c.Group)
            .ThenBy(c => c.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault() ?? c.Slug)
            .Select(c => new
            {
                c.Slug, c.IsoCode, c.Group, c.OriginalLanguage, Translations = c.Translations.ToList(),
                Events = db.Events.Count(e => e.CountryId == c.Id && e.Publication == PublicationStatus.Published),
                Organisations = db.Organisations.Count(o => o.CountryId == c.Id && o.Publication == PublicationStatus.Published),
            })
            .ToListAsync(cancellationToken);
        return
        [
            .. countries.Select(c => new CountrySummary(
                c.Slug, c.IsoCode, c.Group, c.OriginalLanguage, c.Translations, initiatives.GetValueOrDefault(c.IsoCode), c.Events, c.Organisations)),
        ];
    }
}
