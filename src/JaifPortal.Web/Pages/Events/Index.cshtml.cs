using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Events;

/// <summary>Published events, newest first, narrowed by country and year (in the address) with counts.</summary>
public sealed class IndexModel(PortalDbContext db, IOptions<PortalOptions> options) : PublicPageModel
{
    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public IReadOnlyList<Facet> Facets { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Create(1, 0, 1);

    public async Task OnGetAsync([FromQuery] string? country, [FromQuery] string? year, [FromQuery] int? page, CancellationToken cancellationToken)
    {
        var countryNames = await FacetQueries.NamesAsync(
            db.Countries.AsNoTracking().Select(c => new FacetName(c.IsoCode, c.OriginalLanguage, c.Translations.Select(t => new FacetNameText(t.Language, t.Name, t.IsPublished)).ToList())),
            Lang, cancellationToken);
        var selectedCountry = country?.ToUpperInvariant() is { } code && countryNames.ContainsKey(code) ? code : null;
        var selectedYear = FacetQueries.Year(year);

        var events = db.Events.AsNoTracking().Published();
        if (selectedCountry is not null)
        {
            events = events.Where(e => e.Country != null && e.Country.IsoCode == selectedCountry);
        }

        if (selectedYear is { } startYear)
        {
            events = events.Where(e => e.StartDate.Start.Year == startYear);
        }

        Facets =
        [
            new Facet("country", Ui.Countries, selectedCountry, await FacetQueries.CountsAsync(
                events.Where(e => e.Country != null).GroupBy(e => e.Country!.IsoCode).Select(g => new FacetCount(g.Key, g.Count())), countryNames, cancellationToken)),
            new Facet("year", Ui.Year, selectedYear?.ToString(System.Globalization.CultureInfo.InvariantCulture), await FacetQueries.CountsAsync(
                events.GroupBy(e => e.StartDate.Start.Year).Select(g => new FacetCount(g.Key.ToString(), g.Count())), null, cancellationToken)),
        ];
        Paging = Paging.Create(page, await events.CountAsync(cancellationToken), options.Value.PageSize);
        Events = await events
            .NewestFirst()
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .ToItems()
            .ToListAsync(cancellationToken);
    }
}
