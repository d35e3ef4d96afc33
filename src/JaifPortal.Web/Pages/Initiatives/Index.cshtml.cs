using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Initiatives;

/// <summary>
/// Published initiatives, filtered by pillar, area, country, status, start year and organisation (combined,
/// in the address), with the counts of each facet under the current filters, all computed by PostgreSQL.
/// Values that match nothing on the lists are ignored, so a stale link shows more rather than nothing.
/// </summary>
public sealed class IndexModel(PortalDbContext db, IOptions<PortalOptions> options) : PublicPageModel
{
    public IReadOnlyList<Facet> Facets { get; private set; } = [];

    public IReadOnlyList<InitiativeCard> Initiatives { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Create(1, 0, 1);

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken)
    {
        var filter = await ListFilter.ReadAsync(db, Request.Query, ListFilter.InitiativeKeys, cancellationToken);
        var query = filter.Apply(db.Initiatives.AsNoTracking().Published());
        var facets = new FacetBuilder(db, Ui, filter);
        Facets =
        [
            await facets.PillarAsync(null, [FacetCounts.Pillars(query, facets.Pillars)], cancellationToken),
            await facets.AreaAsync(null, [FacetCounts.Areas(query, facets.Areas)], cancellationToken),
            await facets.CountryAsync(null, [FacetCounts.Countries(query)], cancellationToken),
            await facets.OrganisationAsync(null, [FacetCounts.Organisations(query)], cancellationToken),
            await facets.StatusAsync(null, FacetCounts.Statuses(query), cancellationToken),
            await facets.YearAsync(Ui.StartYear, null, [FacetCounts.StartYears(query)], cancellationToken),
        ];

        Paging = Paging.Create(page, await query.CountAsync(cancellationToken), options.Value.PageSize);
        Initiatives = await query.InPlanOrder()
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .ToCards()
            .ToListAsync(cancellationToken);
    }
}
