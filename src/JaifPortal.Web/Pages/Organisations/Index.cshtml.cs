using JaifPortal.Web.Areas.Discovery;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Organisations;

/// <summary>
/// Published organisations by name, narrowed by the pillar and area of the published initiatives they take
/// part in and by the country they are based in (in the address), with counts.
/// </summary>
[PublicCache(FilterSubject.Organisations, Paging.Key)]
public sealed class IndexModel(PortalDbContext db, IOptions<PortalOptions> options, TimeProvider clock) : PublicPageModel
{
    /// <summary>The filter values of the address that name nothing, which the page says it left out.</summary>
    public IReadOnlyList<FilterProblem> Ignored { get; private set; } = [];

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public IReadOnlyList<Facet> Facets { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Create(1, 0, 1);

    public DiscoveryText DiscoveryText => DiscoveryText.For(Lang);

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken)
    {
        (var filter, Ignored) = await ListFilter.ReadAsync(db, Request.Query, FilterSubject.Organisations, clock, cancellationToken);
        var organisations = filter.Apply(db.Organisations.AsNoTracking().Published());
        // Each facet counts under the other filters, so its other values stay offered with the results choosing them gives.
        IQueryable<Organisation> Without(string key) => filter.Without(key).Apply(db.Organisations.AsNoTracking().Published());
        var facets = new FacetBuilder(db, T, filter);
        Facets =
        [
            await facets.PillarAsync(DiscoveryText.OfTheirInitiatives, [FacetCounts.Pillars(Without(FilterKeys.Pillar), facets.Pillars)], cancellationToken),
            await facets.AreaAsync(DiscoveryText.OfTheirInitiatives, [FacetCounts.Areas(Without(FilterKeys.Area), facets.Areas)], cancellationToken),
            await facets.CountryAsync(DiscoveryText.WhereBased, [FacetCounts.Countries(Without(FilterKeys.Country))], cancellationToken),
        ];
        Paging = Paging.Create(page, await organisations.CountAsync(cancellationToken), options.Value.PageSize);
        var language = Lang;
        Organisations = await organisations
            .OrderBy(o => o.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault()
                ?? o.Translations.Select(t => t.Name).FirstOrDefault())
            .ThenBy(o => o.Slug)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(o => new OrganisationSummary(
                o.Slug, o.Acronym, o.Kind, o.OriginalLanguage, o.Translations.ToList(),
                o.Initiatives.Where(link => link.Initiative.Publication == PublicationStatus.Published)
                    .Select(link => link.InitiativeId).Distinct().Count()))
            .ToListAsync(cancellationToken);
    }

    public sealed record OrganisationSummary(
        string Slug, string? Acronym, OrganisationKind Kind, string OriginalLanguage, List<OrganisationTranslation> Translations, int InitiativeCount);
}
