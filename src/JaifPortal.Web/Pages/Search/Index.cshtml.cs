using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Pages.Search;

/// <summary>
/// Search results with facets. A facet counts the results of every kind it narrows (initiatives and events
/// by pillar, area, country, organisation and year; organisations by pillar, area and country; areas by pillar
/// and area; status narrows initiatives only); kinds a chosen filter cannot narrow are hidden, and the page says so.
/// </summary>
public sealed class IndexModel(PortalDbContext db) : PublicPageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.From(null);

    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];

    public IReadOnlyList<Facet> Facets { get; private set; } = [];

    /// <summary>The names of the kinds of result the chosen filters hide.</summary>
    public IReadOnlyList<string> HiddenKinds { get; private set; } = [];

    public bool Filtered { get; private set; }

    public int TotalCount => Groups.Sum(group => group.TotalCount);

    /// <summary>Whether the query was run: empty and one-character queries are answered with a message instead.</summary>
    public bool Searched { get; private set; }

    public DiscoveryText Words => DiscoveryText.For(Lang);

    public async Task OnGetAsync([FromQuery] string? q, CancellationToken cancellationToken)
    {
        Query = SearchQuery.From(q);
        if (Query.IsEmpty || Query.IsTooShort)
        {
            return;
        }

        var outcome = await new PortalSearch(db).RunAsync(Query, Request.Query, Ui, PortalSearch.PerKindLimit, cancellationToken);
        Groups = outcome.Groups;
        Filtered = !outcome.Filter.IsEmpty;
        HiddenKinds =
        [
            .. new (bool Hidden, string Kind)[]
            {
                (outcome.Scope.Events is null, Ui.Events),
                (outcome.Scope.Organisations is null, Ui.Organisations),
                (outcome.Scope.Areas is null, Ui.CooperationAreas),
            }.Where(kind => kind.Hidden).Select(kind => kind.Kind),
        ];
        Facets = await FacetsAsync(outcome.Filter, outcome.Scope, cancellationToken);
        Searched = true;
    }

    private async Task<IReadOnlyList<Facet>> FacetsAsync(ListFilter filter, SearchScope scope, CancellationToken cancellationToken)
    {
        var (initiatives, events, organisations, areas) = scope;
        var facets = new FacetBuilder(db, Ui, filter);
        static List<IQueryable<FacetCount>> Present(params IQueryable<FacetCount>?[] counts) => [.. counts.OfType<IQueryable<FacetCount>>()];
        var allKinds = Words.Narrows([Ui.Initiatives, Ui.Events, Ui.Organisations, Ui.CooperationAreas]);
        var placedKinds = Words.Narrows([Ui.Initiatives, Ui.Events, Ui.Organisations]);
        var initiativesAndEvents = Words.Narrows([Ui.Initiatives, Ui.Events]);
        return
        [
            await facets.PillarAsync(allKinds, Present(
                FacetCounts.Pillars(initiatives), events is null ? null : FacetCounts.Pillars(events),
                organisations is null ? null : FacetCounts.Pillars(organisations), areas is null ? null : FacetCounts.Pillars(areas)), cancellationToken),
            await facets.AreaAsync(allKinds, Present(
                FacetCounts.Areas(initiatives), events is null ? null : FacetCounts.Areas(events),
                organisations is null ? null : FacetCounts.Areas(organisations), areas is null ? null : FacetCounts.Areas(areas)), cancellationToken),
            await facets.CountryAsync(placedKinds, Present(
                FacetCounts.Countries(initiatives), events is null ? null : FacetCounts.Countries(events),
                organisations is null ? null : FacetCounts.Countries(organisations)), cancellationToken),
            await facets.OrganisationAsync(initiativesAndEvents, Present(
                FacetCounts.Organisations(initiatives), events is null ? null : FacetCounts.Organisations(events)), cancellationToken),
            await facets.StatusAsync(Words.Narrows([Ui.Initiatives]), FacetCounts.Statuses(initiatives), cancellationToken),
            await facets.YearAsync(Ui.Year, initiativesAndEvents, Present(
                FacetCounts.StartYears(initiatives), events is null ? null : FacetCounts.StartYears(events)), cancellationToken),
        ];
    }
}
