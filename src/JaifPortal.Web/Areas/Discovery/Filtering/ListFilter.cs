using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Discovery.Filtering;

/// <summary>
/// The filters of a public list, its exports and the search, as <see cref="FilterReader"/> reads them from the address
/// (the keys of <see cref="FilterKeys"/> the list takes). A value that names nothing published is left out, so a stale
/// or mangled link shows more rather than failing, and the page says what it left out (<see cref="FilterProblem"/>).
/// The status is an initiative's status as a visitor reads it on the day (<see cref="StatusToday"/>, ADR 34), so the
/// filter is read on a day, <see cref="Today"/>.
/// </summary>
public sealed record ListFilter(string? Pillar, string? Area, string? Country, InitiativeStanding? Status, int? Year, string? Organisation)
{
    public static ListFilter None { get; } = new(null, null, null, null, null, null);

    /// <summary>Whether no filter is chosen, whatever the day.</summary>
    public bool IsEmpty => this == None with { Today = Today };

    /// <summary>Whether the filters can narrow events: events have no status.</summary>
    public bool AppliesToEvents => Status is null;

    /// <summary>Whether the filters can narrow organisations: by country, and by pillar and area of their initiatives.</summary>
    public bool AppliesToOrganisations => Status is null && Year is null && Organisation is null;

    /// <summary>Whether the filters can narrow cooperation areas: by pillar and by area only.</summary>
    public bool AppliesToAreas => Status is null && Year is null && Organisation is null && Country is null;

    /// <summary>The pillar's id, for filtering by the ids records keep on their rows; set with <see cref="Pillar"/>.</summary>
    public int? PillarId { get; init; }

    /// <summary>The area's id; set with <see cref="Area"/>.</summary>
    public int? AreaId { get; init; }

    /// <summary>The country's id; set with <see cref="Country"/>.</summary>
    public int? CountryId { get; init; }

    /// <summary>The organisation's id; set with <see cref="Organisation"/>.</summary>
    public int? OrganisationId { get; init; }

    /// <summary>The day in Jakarta on which <see cref="Status"/> is read.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The filter of a public list of the subject, and the values it left out.</summary>
    public static async Task<(ListFilter Filter, IReadOnlyList<FilterProblem> Ignored)> ReadAsync(
        PortalDbContext db, IQueryCollection query, FilterSubject subject, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (values, ignored) = await FilterReader.ReadAsync(db, query, subject, FilterScope.Public, cancellationToken);
        return (From(values, PortalTime.Today(clock)), ignored);
    }

    /// <summary>The values as a list filters by them: a list takes one year (?year=), so its range is one year or none.</summary>
    public static ListFilter From(FilterValues values, DateOnly today) =>
        new(values.Pillar?.Key, values.Area?.Key, values.Country?.Key, values.Status, values.YearFrom == values.YearTo ? values.YearFrom : null, values.Organisation?.Key)
        {
            PillarId = values.Pillar?.Id,
            AreaId = values.Area?.Id,
            CountryId = values.Country?.Id,
            OrganisationId = values.Organisation?.Id,
            Today = today,
        };

    /// <summary>
    /// The filter without the given key's value: a facet counts under every filter but its own, so its other values
    /// stay offered with the number of results choosing each would give (choosing one replaces the current one).
    /// </summary>
    public ListFilter Without(string key) => key switch
    {
        FilterKeys.Pillar => this with { Pillar = null, PillarId = null },
        FilterKeys.Area => this with { Area = null, AreaId = null },
        FilterKeys.Country => this with { Country = null, CountryId = null },
        FilterKeys.Organisation => this with { Organisation = null, OrganisationId = null },
        FilterKeys.Status => this with { Status = null },
        FilterKeys.Year => this with { Year = null },
        _ => this,
    };

    /// <summary>
    /// Initiatives by the pillars, areas, countries and organisations they keep on their rows (GIN lookups of the
    /// published ones' arrays: an overlap with a one-id list is what the index answers), their status on the day and start year.
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
            initiatives = initiatives.Where(StatusToday.InitiativesStanding(status, Today));
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
