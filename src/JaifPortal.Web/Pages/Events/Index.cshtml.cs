using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Events;

public sealed class IndexModel(PortalDbContext db, IOptions<PortalOptions> options) : PublicPageModel
{
    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Create(1, 0, 1);

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken)
    {
        Paging = Paging.Create(page, await db.Events.Published().CountAsync(cancellationToken), options.Value.PageSize);
        Events = await db.Events.AsNoTracking().Published()
            .NewestFirst()
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .ToItems()
            .ToListAsync(cancellationToken);
    }
}
