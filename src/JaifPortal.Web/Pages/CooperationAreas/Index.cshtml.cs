using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Pillars;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Pages.CooperationAreas;

/// <summary>Every cooperation area of the plan under its pillar, with its published initiatives.</summary>
[PublicCache]
public sealed class IndexModel(PortalDbContext db) : PublicPageModel
{
    public PlanOutline Plan { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Plan = await PlanOutline.LoadAsync(db, cancellationToken);
}
