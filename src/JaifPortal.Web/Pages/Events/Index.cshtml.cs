using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Events;

/// <summary>Published events, latest first (or sorted by ?sort=newest or name), narrowed by pillar, area, country, year and organisation (in the address) with counts.</summary>
[PublicCache(FilterSubject.Events, Paging.Key, FilterKeys.Sort)]
public sealed class IndexModel(PortalDbContext db, IOptions<PortalOptions> options, TimeProvider clock) : PublicPageModel
{
    /// <summary>The filter values of the address that name nothing, which the page says it left out.</summary>
    public IReadOnlyList<FilterProblem> Ignored { get; private set; } = [];

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public IReadOnlyList<Facet> Facets { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Create(1, 0, 1);

    public ListSorting Sorting { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken)
    {
        (var filter, Ignored) = await ListFilter.ReadAsync(db, Request.Query, FilterSubject.Events, clock, cancellationToken);
        Sorting = ListSorting.Read(Request.Query, ListSort.StartDate, ListSort.Newest, ListSort.Name);
        var events = filter.Apply(db.Events.AsNoTracking().Published());
        // Each facet counts under the other filters, so its other values stay offered with the results choosing them gives.
        IQueryable<Event> Without(string key) => filter.Without(key).Apply(db.Events.AsNoTracking().Published());
        var facets = new FacetBuilder(db, T, filter);
        Facets =
        [
            await facets.PillarAsync(null, [FacetCounts.Pillars(Without(FilterKeys.Pillar), facets.Pillars)], cancellationToken),
            await facets.AreaAsync(null, [FacetCounts.Areas(Without(FilterKeys.Area), facets.Areas)], cancellationToken),
            await facets.CountryAsync(null, [FacetCounts.Countries(Without(FilterKeys.Country))], cancellationToken),
            await facets.OrganisationAsync(null, [FacetCounts.Organisations(Without(FilterKeys.Organisation))], cancellationToken),
            await facets.YearAsync(T.Year, null, [FacetCounts.StartYears(Without(FilterKeys.Year))], cancellationToken),
        ];
        Paging = Paging.Create(page, await events.CountAsync(cancellationToken), options.Value.PageSize);
        Events = await events
            .SortedBy(db, Sorting.Chosen, Lang)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .ToItems()
            .ToListAsync(cancellationToken);
    }
}
