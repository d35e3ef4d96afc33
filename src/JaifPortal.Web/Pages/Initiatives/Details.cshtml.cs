using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Pages.Initiatives;

[PublicCache]
public sealed class DetailsModel(PortalDbContext db, ContentCache kept) : PublicPageModel
{
    public Initiative Initiative { get; private set; } = null!;

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public IReadOnlyList<InitiativeCard> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!Slug.IsValid(slug) || await InitiativePage.LoadKeptAsync(db, kept, slug, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        (Initiative, Events) = (page.Initiative, page.Events);
        Related = await RelatedInitiatives.LoadAsync(db, kept, page.Initiative.Id, cancellationToken);
        return Page();
    }
}
