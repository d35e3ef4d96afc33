using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Pages.Pillars;

/// <summary>The plan's three pillars, each with its summary and its cooperation areas.</summary>
[PublicCache]
public sealed class IndexModel(PortalDbContext db) : PublicPageModel
{
    public PlanOutline Plan { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Plan = await PlanOutline.LoadAsync(db, cancellationToken);
}
