using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The filters of a public list, its CSV and the search, as the address gives them: ?pillar=, ?area= and
/// ?organisation= (slugs), ?country= (ISO code, any case), ?status= and ?year=. Every value is checked before
/// it is used: one that names nothing published, or is not even shaped like a slug, is dropped, so a stale
/// or mangled link shows more rather than failing. A repeated key counts with its first value, as model binding does.
/// </summary>
public sealed record ListFilter(string? Pillar, string? Area, string? Country, InitiativeStatus? Status, int? Year, string? Organisation)
{
    public const string PillarKey = "pillar";
    public const string AreaKey = "area";
    public const string CountryKey = "country";
    public const string StatusKey = "status";
    public const string YearKey = "year";
    public const string OrganisationKey = "organisation";

    public static readonly IReadOnlyList<string> InitiativeKeys = [PillarKey, AreaKey, CountryKey, StatusKey, YearKey, OrganisationKey];

    public static readonly IReadOnlyList<string> EventKeys = [PillarKey, AreaKey, CountryKey, YearKey, OrganisationKey];

    public static readonly IReadOnlyList<string> OrganisationKeys = [PillarKey, AreaKey, CountryKey];

    public static ListFilter None { get; } = new(null, null, null, null, null, null);

    public bool IsEmpty => this == None;

    /// <summary>Whether the filters can narrow events: events have no status.</summary>
    public bool AppliesToEvents => Status is null;

    /// <summary>Whether the filters can narrow organisations: by country, and by pillar and area of their initiatives.</summary>
    public bool AppliesToOrganisations => Status is null && Year is null && Organisation is null;

    /// <summary>Whether the filters can narrow cooperation areas: by pillar and by area only.</summary>
    public bool AppliesToAreas => Status is null && Year is null && Organisation is null && Country is null;

    /// <summary>The text a filter key takes from the address: its first value, as given (not yet checked).</summary>
    public static string? RawValue(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    public static async Task<ListFilter> ReadAsync(PortalDbContext db, IQueryCollection query, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        string? Value(string key) => keys.Contains(key) ? RawValue(query, key) : null;

        var pillar = Value(PillarKey);
        var area = Value(AreaKey);
        var organisation = Value(OrganisationKey);
        var country = Value(CountryKey)?.ToUpperInvariant();
        var status = Value(StatusKey);

        // Shapes are checked before anything reaches PostgreSQL, which refuses some characters (NUL) outright.
        return new ListFilter(
            Slug.IsValid(pillar) && await db.Pillars.AnyAsync(p => p.Slug == pillar, cancellationToken) ? pillar : null,
            Slug.IsValid(area) && await db.CooperationAreas.AnyAsync(a => a.Slug == area, cancellationToken) ? area : null,
            Domain.Country.IsIsoCodeShaped(country) && await db.Countries.AnyAsync(c => c.IsoCode == country, cancellationToken) ? country : null,
            Enum.TryParse<InitiativeStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _) ? parsed : null,
            FacetQueries.Year(Value(YearKey)),
            Slug.IsValid(organisation) && await db.Organisations.Published().AnyAsync(o => o.Slug == organisation, cancellationToken) ? organisation : null);
    }

    public IQueryable<Initiative> Apply(IQueryable<Initiative> initiatives)
    {
        if (Pillar is { } pillar)
        {
            initiatives = initiatives.Where(i => i.Areas.Any(link => link.CooperationArea.Pillar.Slug == pillar));
        }

        if (Area is { } area)
        {
            initiatives = initiatives.Where(i => i.Areas.Any(link => link.CooperationArea.Slug == area));
        }

        if (Country is { } country)
        {
            initiatives = initiatives.Where(InitiativePlaces.In(country));
        }

        if (Status is { } status)
        {
            initiatives = initiatives.Where(i => i.Status == status);
        }

        if (Year is { } year)
        {
            initiatives = initiatives.Where(i => i.StartDate != null && i.StartDate.Start.Year == year);
        }

        if (Organisation is { } organisation)
        {
            initiatives = initiatives.Where(i => i.Organisations.Any(link => link.Organisation.Slug == organisation));
        }

        return initiatives;
    }

    /// <summary>Events by the areas they serve, where they were held, their start year and the organisations taking part.</summary>
    public IQueryable<Event> Apply(IQueryable<Event> events)
    {
        if (Pillar is { } pillar)
        {
            events = events.Where(e => e.Areas.Any(link => link.CooperationArea.Pillar.Slug == pillar));
        }

        if (Area is { } area)
        {
            events = events.Where(e => e.Areas.Any(link => link.CooperationArea.Slug == area));
        }

        if (Country is { } country)
        {
            events = events.Where(e => e.Country != null && e.Country.IsoCode == country);
        }

        if (Year is { } year)
        {
            events = events.Where(e => e.StartDate.Start.Year == year);
        }

        if (Organisation is { } organisation)
        {
            events = events.Where(e => e.Organisations.Any(link => link.Organisation.Slug == organisation));
        }

        return Status is null ? events : events.Where(_ => false);
    }

    /// <summary>Organisations by where they are based and by the pillars and areas of the published initiatives they take part in.</summary>
    public IQueryable<Organisation> Apply(IQueryable<Organisation> organisations)
    {
        if (Pillar is { } pillar)
        {
            organisations = organisations.Where(o => o.Initiatives.Any(link => link.Initiative.Publication == PublicationStatus.Published
                && link.Initiative.Areas.Any(a => a.CooperationArea.Pillar.Slug == pillar)));
        }

        if (Area is { } area)
        {
            organisations = organisations.Where(o => o.Initiatives.Any(link => link.Initiative.Publication == PublicationStatus.Published
                && link.Initiative.Areas.Any(a => a.CooperationArea.Slug == area)));
        }

        if (Country is { } country)
        {
            organisations = organisations.Where(o => o.Country != null && o.Country.IsoCode == country);
        }

        return AppliesToOrganisations ? organisations : organisations.Where(_ => false);
    }

    /// <summary>Cooperation areas by their pillar, or the chosen area itself.</summary>
    public IQueryable<CooperationArea> Apply(IQueryable<CooperationArea> areas)
    {
        if (Pillar is { } pillar)
        {
            areas = areas.Where(a => a.Pillar.Slug == pillar);
        }

        if (Area is { } area)
        {
            areas = areas.Where(a => a.Slug == area);
        }

        return AppliesToAreas ? areas : areas.Where(_ => false);
    }
}
