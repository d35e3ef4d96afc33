using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Countries;

[PublicCache]
public sealed class DetailsModel(PortalDbContext db) : PublicPageModel
{
    public Country Country { get; private set; } = null!;

    /// <summary>The initiatives that name the country, or have a milestone or a photo there.</summary>
    public IReadOnlyList<InitiativeCard> Initiatives { get; private set; } = [];

    /// <summary>The initiatives that count for the country only because they cover all of ASEAN.</summary>
    public IReadOnlyList<InitiativeCard> RegionalInitiatives { get; private set; } = [];

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var country = await db.Countries.AsNoTracking()
            .Include(c => c.Translations)
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (country is null)
        {
            return NotFound();
        }

        Country = country;
        // Every initiative in the country by the one rule (ADR 26), those there for a reason of their own first.
        var inCountry = db.Initiatives.AsNoTracking().Published().Where(InitiativePlaces.In(country.Id));
        var local = db.InitiativeCountryReach
            .Where(reach => reach.CountryId == country.Id && reach.Reach != CountryReach.Regional)
            .Select(reach => reach.InitiativeId);
        Initiatives = await inCountry.Where(i => local.Contains(i.Id)).InPlanOrder().ToCards().ToListAsync(cancellationToken);
        RegionalInitiatives = await inCountry.Where(i => !local.Contains(i.Id)).InPlanOrder().ToCards().ToListAsync(cancellationToken);
        Events = await db.Events.AsNoTracking().Published()
            .Where(e => e.CountryId == country.Id)
            .NewestFirst()
            .ToItems()
            .ToListAsync(cancellationToken);
        Organisations = await db.Organisations.AsNoTracking().Published()
            .Include(o => o.Translations)
            .Where(o => o.CountryId == country.Id)
            .OrderBy(o => o.Slug)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
