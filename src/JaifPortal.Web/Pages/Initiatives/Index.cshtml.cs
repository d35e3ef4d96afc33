using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Initiatives;

/// <summary>
/// Published initiatives, filtered by pillar, area, country, status and start year (combined, in the
/// address), with the counts of each facet under the current filters, all computed by PostgreSQL.
/// Values that match nothing on the lists are ignored, so a stale link shows more rather than nothing.
/// </summary>
public sealed class IndexModel(PortalDbContext db, IOptions<PortalOptions> options) : PublicPageModel
{
    public IReadOnlyList<PillarOption> PillarOptions { get; private set; } = [];

    public InitiativeFilter Filter { get; private set; } = new(null, null, null, null, null);

    public IReadOnlyList<Facet> Facets { get; private set; } = [];

    public IReadOnlyList<InitiativeCard> Initiatives { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Create(1, 0, 1);

    public async Task OnGetAsync(
        [FromQuery] InitiativeFilterQuery filter,
        [FromQuery] int? page,
        CancellationToken cancellationToken)
    {
        PillarOptions = await db.Pillars.AsNoTracking()
            .OrderBy(p => p.Number)
            .Select(p => new PillarOption(p.Slug, p.Number, p.OriginalLanguage, p.Translations.ToList()))
            .ToListAsync(cancellationToken);
        var areaNames = await FacetQueries.NamesAsync(db.CooperationAreas.AsNoTracking().Select(a => new FacetName(a.Slug, a.OriginalLanguage, a.Translations.Select(t => new FacetNameText(t.Language, t.Name, t.IsPublished)).ToList())), Lang, cancellationToken);
        var countryNames = await FacetQueries.NamesAsync(db.Countries.AsNoTracking().Select(c => new FacetName(c.IsoCode, c.OriginalLanguage, c.Translations.Select(t => new FacetNameText(t.Language, t.Name, t.IsPublished)).ToList())), Lang, cancellationToken);

        Filter = InitiativeFilter.Read(filter, PillarOptions.Select(p => p.Slug), areaNames.Keys, countryNames.Keys);
        var query = Filter.Apply(db.Initiatives.AsNoTracking().Published());

        var pillarNames = PillarOptions.ToDictionary(p => p.Slug, p => $"{p.Number}. {Text(p.Translations, p.OriginalLanguage).Text.Name}");
        Facets =
        [
            new Facet("pillar", Ui.FilterByPillar, Filter.Pillar, await FacetQueries.CountsAsync(
                query.SelectMany(i => i.Areas.Select(link => new { i.Id, Key = link.CooperationArea.Pillar.Slug })).Distinct().GroupBy(x => x.Key)
                    .Select(g => new FacetCount(g.Key, g.Count())), pillarNames, cancellationToken)),
            new Facet("area", Ui.CooperationAreas, Filter.Area, await FacetQueries.CountsAsync(
                query.SelectMany(i => i.Areas.Select(link => link.CooperationArea.Slug)).GroupBy(slug => slug)
                    .Select(g => new FacetCount(g.Key, g.Count())), areaNames, cancellationToken)),
            new Facet("country", Ui.Countries, Filter.Country, await FacetQueries.CountsAsync(
                query.SelectMany(i => i.Countries.Select(link => link.Country.IsoCode)).GroupBy(code => code)
                    .Select(g => new FacetCount(g.Key, g.Count())), countryNames, cancellationToken)),
            new Facet("status", Ui.Status, Filter.Status?.ToString(), await FacetQueries.CountsAsync(
                query.GroupBy(i => i.Status).Select(g => new FacetCount(g.Key.ToString(), g.Count())),
                Enum.GetValues<InitiativeStatus>().ToDictionary(s => s.ToString(), s => Ui.Name(s)), cancellationToken)),
            new Facet("year", Ui.StartYear, Filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), await FacetQueries.CountsAsync(
                query.Where(i => i.StartDate != null).GroupBy(i => i.StartDate!.Start.Year).Select(g => new FacetCount(g.Key.ToString(), g.Count())),
                null, cancellationToken)),
        ];

        Paging = Paging.Create(page, await query.CountAsync(cancellationToken), options.Value.PageSize);
        Initiatives = await query.InPlanOrder()
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .ToCards()
            .ToListAsync(cancellationToken);
    }

    public sealed record PillarOption(string Slug, int Number, string OriginalLanguage, List<PillarTranslation> Translations);
}
