using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Countries;

public sealed class IndexModel(PortalDbContext db) : PublicPageModel
{
    public IReadOnlyList<CountrySummary> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var language = Lang;
        Countries = await db.Countries.AsNoTracking()
            .OrderBy(c => c.Group)
            .ThenBy(c => c.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault() ?? c.Slug)
            .Select(c => new CountrySummary(
                c.Slug, c.IsoCode, c.Group, c.Translations.ToList(),
                db.Set<InitiativeCountry>().Count(link => link.CountryId == c.Id && link.Initiative.Publication == PublicationStatus.Published)))
            .ToListAsync(cancellationToken);
    }

    public sealed record CountrySummary(string Slug, string IsoCode, CountryGroup Group, List<CountryTranslation> Translations, int InitiativeCount);
}
