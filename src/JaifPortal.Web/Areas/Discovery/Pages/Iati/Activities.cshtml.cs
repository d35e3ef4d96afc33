using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Areas.Discovery.Iati;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Pages.Iati;

/// <summary>The published initiatives, with the initiative list's filters, as one IATI 2.03 activity file.</summary>
[PublicCache(FilterSubject.Initiatives)]
public sealed class ActivitiesModel(PortalDbContext db, IatiExport export, TimeProvider clock) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, _) = await ListFilter.ReadAsync(db, Request.Query, FilterSubject.Initiatives, clock, cancellationToken);
        var selected = filter.Apply(db.Initiatives.AsNoTracking().Published());
        var selection = await IatiExport.LoadAsync(selected.InPlanOrder(), cancellationToken);
        return selection.Exportable.Count == 0
            ? IatiExport.NothingToExport(IatiText.For(Lang).NothingToExport)
            : export.Render(Request, Lang, selection);
    }
}
