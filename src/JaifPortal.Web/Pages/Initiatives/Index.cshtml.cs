using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Areas.Discovery.Iati;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Initiatives;

/// <summary>
/// Published initiatives, filtered by pillar, area, country, status, start year and organisation (combined,
/// in the address), with the counts of each facet under the current filters, all computed by PostgreSQL.
/// Values that match nothing on the lists are ignored, so a stale link shows more rather than nothing. The list is in the
/// plan's order unless the reader sorts it (?sort=newest, name or start).
/// </summary>
[PublicCache(FilterSubject.Initiatives, Paging.Key, FilterKeys.Sort)]
public sealed class IndexModel(PortalDbContext db, ContentCache kept, IOptions<PortalOptions> options, TimeProvider clock) : PublicPageModel
{
    /// <summary>The filter values of the address that name nothing, which the page says it left out.</summary>
    public IReadOnlyList<FilterProblem> Ignored { get; private set; } = [];

    public IReadOnlyList<Facet> Facets { get; private set; } = [];

    public IReadOnlyList<InitiativeCard> Initiatives { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Create(1, 0, 1);

    public ListSorting Sorting { get; private set; } = null!;

    /// <summary>Whether the list's IATI file would hold an activity: the link is offered only then.</summary>
    public bool HasIatiActivities { get; private set; }

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken)
    {
        (var filter, Ignored) = await ListFilter.ReadAsync(db, Request.Query, FilterSubject.Initiatives, clock, cancellationToken);
        Sorting = ListSorting.Read(Request.Query, ListSort.Plan, ListSort.Newest, ListSort.Name, ListSort.StartDate);
        // Unfiltered, the facets count every published initiative: the same for every visitor, so they are kept while
        // the content is unchanged (ADR 13) and the day the statuses are read on lasts. That includes the counts of the one
        // facet a single-choice filter (?country=VN) leaves out. Otherwise a filtered list counts only what its filter
        // leaves, from the indexes.
        Task<InitiativeFacetCounts> CountsOf(ListFilter counted) => counted.IsEmpty
            ? kept.GetOrComputeAsync((nameof(InitiativeFacetCounts), counted.Today), () => InitiativeFacetCounts.LoadAsync(db, counted, cancellationToken), cancellationToken)
            : InitiativeFacetCounts.LoadAsync(db, counted, cancellationToken);
        var counts = await CountsOf(filter);
        // A chosen facet counts under the other filters only, so its other values stay offered (one more statement per chosen value).
        async Task<InitiativeFacetCounts> CountsWithout(string key) =>
            filter.Without(key) == filter ? counts : await CountsOf(filter.Without(key));
        var facets = new FacetBuilder(db, T, filter);
        Facets =
        [
            await facets.PillarAsync(null, (await CountsWithout(FilterKeys.Pillar)).Pillars, cancellationToken),
            await facets.AreaAsync(null, (await CountsWithout(FilterKeys.Area)).Areas, cancellationToken),
            await facets.CountryAsync(null, (await CountsWithout(FilterKeys.Country)).Countries, cancellationToken),
            await facets.OrganisationAsync(null, (await CountsWithout(FilterKeys.Organisation)).Organisations, cancellationToken),
            facets.StatusFacet(null, (await CountsWithout(FilterKeys.Status)).Statuses),
            facets.YearFacet(T.StartYear, null, (await CountsWithout(FilterKeys.Year)).Years),
        ];

        Paging = Paging.Create(page, counts.Total, options.Value.PageSize);
        var query = filter.Apply(db.Initiatives.AsNoTracking().Published());
        HasIatiActivities = await query.ThatIatiCanTake().AnyAsync(cancellationToken);
        Initiatives = await query.SortedBy(db, Sorting.Chosen, Lang)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .ToCards()
            .ToListAsync(cancellationToken);
    }
}
