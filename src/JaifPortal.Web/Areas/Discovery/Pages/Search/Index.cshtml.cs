using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Areas.Discovery.Search;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Discovery.Pages.Search;

/// <summary>
/// Search results with facets. A facet counts the results of every kind it narrows (initiatives and events
/// by pillar, area, country, organisation and year; organisations by pillar, area and country; areas by pillar
/// and area; status narrows initiatives only); kinds a chosen filter cannot narrow are hidden, and the page says so
/// (people, whom no filter narrows, are shown only while no filter is chosen).
/// </summary>
[PublicCache(FilterSubject.Initiatives, SearchQuery.Key)]
public sealed class IndexModel(PortalDbContext db, QueryLanes lanes, ContentCache kept, LinkGenerator links, TimeProvider clock) : PublicPageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.From(null);

    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];

    public IReadOnlyList<Facet> Facets { get; private set; } = [];

    /// <summary>The names of the kinds of result the chosen filters hide.</summary>
    public IReadOnlyList<string> HiddenKinds { get; private set; } = [];

    public bool Filtered { get; private set; }

    /// <summary>The filter values of the address that name nothing, which the page says it left out.</summary>
    public IReadOnlyList<FilterProblem> Ignored { get; private set; } = [];

    public int TotalCount => Groups.Sum(group => group.TotalCount);

    /// <summary>Whether the query was run: empty and one-character queries are answered with a message instead.</summary>
    public bool Searched { get; private set; }

    public DiscoveryText DiscoveryText => DiscoveryText.For(Lang);

    public async Task OnGetAsync([FromQuery] string? q, CancellationToken cancellationToken)
    {
        Query = SearchQuery.From(q);
        if (Query.IsEmpty || Query.IsTooShort)
        {
            return;
        }

        // The filter values as ListFilter reads them, in a fixed order: the same search with the same filters is the same
        // page on the same day (an initiative's status is read on the day).
        var filterValues = string.Join('&', FilterKeys.Of(FilterSubject.Initiatives).Select(key => key + "=" + FilterKeys.FirstValue(Request.Query, key)));
        var shown = await kept.GetOrComputeAsync((nameof(SearchPage), Lang, Query.Text, filterValues, PortalTime.Today(clock)), () => SearchAsync(cancellationToken), cancellationToken);
        (Groups, Facets, HiddenKinds, Filtered, Ignored) = (shown.Groups, shown.Facets, shown.HiddenKinds, shown.Filtered, shown.Ignored);
        Searched = true;
    }

    /// <summary>The facets are counted in lanes while the page's own context loads the best results.</summary>
    private async Task<SearchPage> SearchAsync(CancellationToken cancellationToken)
    {
        var search = new PortalSearch(db, lanes, links, clock);
        var found = await search.FindAsync(Query, Request.Query, cancellationToken);
        var facets = FacetsAsync(found.Filter, found.Matches, cancellationToken);
        var groups = search.GroupsAsync(found, Query, T, PortalSearch.PerKindLimit, cancellationToken);
        await Task.WhenAll(facets, groups);
        IReadOnlyList<string> hiddenKinds =
        [
            .. new (bool Hidden, string Kind)[]
            {
                (found.Scope.Events is null, T.Events),
                (found.Scope.Organisations is null, T.Organisations),
                (found.Scope.Areas is null, T.CooperationAreas),
                (found.Scope.People is null, T.People),
            }.Where(kind => kind.Hidden).Select(kind => kind.Kind),
        ];
        return new SearchPage(await groups, await facets, hiddenKinds, !found.Filter.IsEmpty, found.Ignored);
    }

    /// <summary>What a search shows, kept for the same search while the content is unchanged (<see cref="ContentCache"/>).</summary>
    private sealed record SearchPage(IReadOnlyList<SearchGroup> Groups, IReadOnlyList<Facet> Facets, IReadOnlyList<string> HiddenKinds, bool Filtered, IReadOnlyList<FilterProblem> Ignored);

    /// <summary>
    /// The six facets, each in a lane of its own (<see cref="QueryLanes"/>) so PostgreSQL counts on both
    /// cores; the costliest start first, and the page shows them in its own order.
    /// </summary>
    private async Task<IReadOnlyList<Facet>> FacetsAsync(ListFilter filter, SearchMatches matches, CancellationToken cancellationToken)
    {
        static List<IQueryable<FacetCount>> Present(params IQueryable<FacetCount>?[] counts) => [.. counts.OfType<IQueryable<FacetCount>>()];
        var allKinds = DiscoveryText.Narrows([T.Initiatives, T.Events, T.Organisations, T.CooperationAreas]);
        var placedKinds = DiscoveryText.Narrows([T.Initiatives, T.Events, T.Organisations]);
        var initiativesAndEvents = DiscoveryText.Narrows([T.Initiatives, T.Events]);
        var country = InLaneAsync(FilterKeys.Country, (facets, initiatives, events, organisations, _) => facets.CountryAsync(placedKinds, Present(
            FacetCounts.Countries(initiatives, facets.Countries), events is null ? null : FacetCounts.Countries(events),
            organisations is null ? null : FacetCounts.Countries(organisations)), cancellationToken));
        var pillar = InLaneAsync(FilterKeys.Pillar, (facets, initiatives, events, organisations, areas) => facets.PillarAsync(allKinds, Present(
            FacetCounts.Pillars(initiatives, facets.Pillars), events is null ? null : FacetCounts.Pillars(events, facets.Pillars),
            organisations is null ? null : FacetCounts.Pillars(organisations, facets.Pillars), areas is null ? null : FacetCounts.Pillars(areas)), cancellationToken));
        var organisation = InLaneAsync(FilterKeys.Organisation, (facets, initiatives, events, _, _) => facets.OrganisationAsync(initiativesAndEvents, Present(
            FacetCounts.Organisations(initiatives, facets.Organisations), events is null ? null : FacetCounts.Organisations(events)), cancellationToken));
        var area = InLaneAsync(FilterKeys.Area, (facets, initiatives, events, organisations, areas) => facets.AreaAsync(allKinds, Present(
            FacetCounts.Areas(initiatives, facets.Areas), events is null ? null : FacetCounts.Areas(events, facets.Areas),
            organisations is null ? null : FacetCounts.Areas(organisations, facets.Areas), areas is null ? null : FacetCounts.Areas(areas)), cancellationToken));
        var status = InLaneAsync(FilterKeys.Status, (facets, initiatives, _, _, _) => facets.StatusAsync(DiscoveryText.Narrows([T.Initiatives]), FacetCounts.Statuses(initiatives, filter.Today), cancellationToken));
        var year = InLaneAsync(FilterKeys.Year, (facets, initiatives, events, _, _) => facets.YearAsync(T.Year, initiativesAndEvents, Present(
            FacetCounts.StartYears(initiatives), events is null ? null : FacetCounts.StartYears(events)), cancellationToken));
        return await Task.WhenAll(pillar, area, country, organisation, status, year);

        // Each facet counts under the other filters, so its other values stay offered with the results choosing them gives.
        Task<Facet> InLaneAsync(string key, Func<FacetBuilder, IQueryable<Initiative>, IQueryable<Event>?, IQueryable<Organisation>?, IQueryable<CooperationArea>?, Task<Facet>> count) =>
            lanes.RunAsync(
                lane =>
                {
                    var (initiatives, events, organisations, areas, _) = PortalSearch.ScopeIn(lane, matches, filter.Without(key));
                    return count(new FacetBuilder(lane, T, filter), initiatives, events, organisations, areas);
                },
                cancellationToken);
    }
}
