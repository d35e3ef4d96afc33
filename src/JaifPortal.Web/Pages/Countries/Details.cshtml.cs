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

    public IReadOnlyList<InitiativeCard> Initiatives { get; private set; } = [];

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
        Initiatives = await db.Initiatives.AsNoTracking().Published()
            .Where(InitiativePlaces.In(country.Id))
            .InPlanOrder()
            .ToCards()
            .ToListAsync(cancellationToken);
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
