using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Events;

[PublicCache]
public sealed class DetailsModel(PortalDbContext db, ContentCache kept) : PublicPageModel
{
    public Event Event { get; private set; } = null!;

    public IReadOnlyList<EventItem> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await db.Events.AsNoTracking()
            .WithPublishedParties()
            .Include(e => e.Areas).ThenInclude(link => link.CooperationArea).ThenInclude(a => a.Translations)
            .Include(e => e.Initiatives.Where(link => link.Initiative.Publication == PublicationStatus.Published))
                .ThenInclude(link => link.Initiative).ThenInclude(i => i.Translations)
            .Include(e => e.Images).ThenInclude(image => image.Translations)
            .Include(e => e.Images).ThenInclude(image => image.File)
            .Include(e => e.SourceDocument!).ThenInclude(d => d.Translations)
            .AsSplitQuery()
            .Published()
            .FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Event = found;
        Related = await RelatedEvents.LoadAsync(db, kept, found.Id, cancellationToken);
        return Page();
    }
}
