using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.SitePages;

/// <summary>About or Contact: the portal's own text, which administrators write in the back office.</summary>
[PublicCache]
public sealed class DetailsModel(PortalDbContext db) : PublicPageModel
{
    public SitePage SitePage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await db.SitePages.AsNoTracking()
            .Include(p => p.Translations)
            .FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (page is null || page.Localize(Lang) is null)
        {
            return NotFound();
        }

        SitePage = page;
        return Page();
    }
}
