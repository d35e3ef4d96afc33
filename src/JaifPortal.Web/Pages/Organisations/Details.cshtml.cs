using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Organisations;

[PublicCache]
public sealed class DetailsModel(PortalDbContext db) : PublicPageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<RoleInInitiative> Initiatives { get; private set; } = [];

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking()
            .Include(o => o.Translations)
            .Include(o => o.Country!).ThenInclude(c => c.Translations)
            .Include(o => o.ParentOrganisation!).ThenInclude(p => p.Translations)
            .Include(o => o.ChildOrganisations.Where(child => child.Publication == PublicationStatus.Published)).ThenInclude(c => c.Translations)
            .Include(o => o.SourceDocument!).ThenInclude(d => d.Translations)
            .AsSplitQuery()
            .Published()
            .FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Initiatives = await db.Set<InitiativeOrganisation>().AsNoTracking()
            .Where(link => link.OrganisationId == organisation.Id && link.Initiative.Publication == PublicationStatus.Published)
            .OrderBy(link => link.Role).ThenBy(link => link.Initiative.Slug)
            .Select(link => new RoleInInitiative(
                link.Role, link.Initiative.Slug, link.Initiative.OriginalLanguage, link.Initiative.Translations.ToList()))
            .ToListAsync(cancellationToken);
        Events = await db.Events.AsNoTracking().Published()
            .Where(e => e.Organisations.Any(link => link.OrganisationId == organisation.Id))
            .NewestFirst()
            .ToItems()
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record RoleInInitiative(InitiativeRole Role, string Slug, string OriginalLanguage, List<InitiativeTranslation> Translations);
}
