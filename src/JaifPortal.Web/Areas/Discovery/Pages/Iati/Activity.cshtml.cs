using JaifPortal.Web.Areas.Discovery.Iati;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Pages.Iati;

/// <summary>One published initiative as an IATI 2.03 activity file, linked from its page.</summary>
[PublicCache]
public sealed class ActivityModel(PortalDbContext db, IatiExport export) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var selection = await IatiExport.LoadAsync(db.Initiatives.AsNoTracking().Published().Where(i => i.Slug == slug), cancellationToken);
        if (selection.LeftOut is [var leftOut])
        {
            return IatiExport.NothingToExport(IatiText.For(Lang).Explain(leftOut.Gaps));
        }

        return selection.Exportable.Count == 0 ? NotFound() : export.Render(Request, Lang, selection);
    }
}
