using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Filtering;

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

    /// <summary>The pillar's id, for filtering by the ids records keep on their rows; set with <see cref="Pillar"/>.</summary>
    public int? PillarId { get; init; }

    /// <summary>The area's id; set with <see cref="Area"/>.</summary>
    public int? AreaId { get; init; }

    /// <summary>The country's id; set with <see cref="Country"/>.</summary>
    public int? CountryId { get; init; }

    /// <summary>The organisation's id; set with <see cref="Organisation"/>.</summary>
    public int? OrganisationId { get; init; }

    public static async Task<ListFilter> ReadAsync(PortalDbContext db, IQueryCollection query, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        string? Value(string key) => keys.Contains(key) ? RawValue(query, key) : null;

        var pillar = Value(PillarKey);
        var area = Value(AreaKey);
        var organisation = Value(OrganisationKey);
        var country = Value(CountryKey)?.ToUpperInvariant();
        var status = Value(StatusKey);

        // Shapes are checked before anything reaches PostgreSQL, which refuses some characters (NUL) outright.
        var pillarId = Slug.IsValid(pillar) ? await db.Pillars.Where(p => p.Slug == pillar).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken) : null;
        var areaId = Slug.IsValid(area) ? await db.CooperationAreas.Where(a => a.Slug == area).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken) : null;
        var countryId = Domain.Country.IsIsoCodeShaped(country)
            ? await db.Countries.Where(c => c.IsoCode == country).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var organisationId = Slug.IsValid(organisation)
            ? await db.Organisations.Published().Where(o => o.Slug == organisation).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ListFilter(
            pillarId is null ? null : pillar,
            areaId is null ? null : area,
            countryId is null ? null : country,
            Enum.TryParse<InitiativeStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _) ? parsed : null,
            FacetQueries.Year(Value(YearKey)),
            organisationId is null ? null : organisation)
        {
            PillarId = pillarId,
            AreaId = areaId,
            CountryId = countryId,
            OrganisationId = organisationId,
        };
    }

    /// <summary>
    /// Initiatives by the pillars, areas, countries and organisations they keep on their rows (GIN lookups of the
    /// published ones' arrays: an overlap with a one-id list is what the index answers), their status and start year.
    /// </summary>
    public IQueryable<Initiative> Apply(IQueryable<Initiative> initiatives)
    {
        if (PillarId is { } pillarId)
        {
            List<int> pillars = [pillarId];
            initiatives = initiatives.Where(i => i.PillarIds.Any(id => pillars.Contains(id)));
        }

        if (AreaId is { } areaId)
        {
            List<int> areas = [areaId];
            initiatives = initiatives.Where(i => i.AreaIds.Any(id => areas.Contains(id)));
        }

        if (CountryId is { } countryId)
        {
            initiatives = initiatives.Where(InitiativePlaces.In(countryId));
        }

        if (Status is { } status)
        {
            initiatives = initiatives.Where(i => i.Status == status);
        }

        if (Year is { } year)
        {
            initiatives = initiatives.Where(i => i.StartDate != null && i.StartDate.Start.Year == year);
        }

        if (OrganisationId is { } organisationId)
        {
            List<int> organisations = [organisationId];
            initiatives = initiatives.Where(i => i.OrganisationIds.Any(id => organisations.Contains(id)));
        }

        return initiatives;
    }

    /// <summary>Events by the areas they serve, where they were held, their start year and the organisations taking part.</summary>
    public IQueryable<Event> Apply(IQueryable<Event> events)
    {
        if (PillarId is { } pillarId)
        {
            List<int> pillars = [pillarId];
            events = events.Where(e => e.PillarIds.Any(id => pillars.Contains(id)));
        }

        if (AreaId is { } areaId)
        {
            List<int> areas = [areaId];
            events = events.Where(e => e.AreaIds.Any(id => areas.Contains(id)));
        }

        if (CountryId is { } countryId)
        {
            events = events.Where(e => e.CountryId == countryId);
        }

        if (Year is { } year)
        {
            events = events.Where(e => e.StartDate.Start.Year == year);
        }

        if (OrganisationId is { } organisationId)
        {
            events = events.Where(e => e.Organisations.Any(link => link.OrganisationId == organisationId));
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

        if (CountryId is { } countryId)
        {
            organisations = organisations.Where(o => o.CountryId == countryId);
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
