using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Discovery.Filtering;

/// <summary>
/// The GROUP BY queries behind the facets: how many of the given records have each pillar, area, country,
/// organisation, status or year. A record with two areas of one pillar counts once for that pillar. Areas
/// and pillars come from the record's own row (<see cref="Initiative.AreaIds"/>, <see cref="Initiative.PillarIds"/>),
/// which names each once, without joining its links to the areas; an initiative's countries and organisations likewise.
/// </summary>
public static class FacetCounts
{
    public static IQueryable<FacetCount> Pillars(IQueryable<Initiative> initiatives, IQueryable<Pillar> pillars) =>
        Named(initiatives.SelectMany(i => i.PillarIds), pillars);

    public static IQueryable<FacetCount> Areas(IQueryable<Initiative> initiatives, IQueryable<CooperationArea> areas) =>
        Named(initiatives.SelectMany(i => i.AreaIds), areas);

    public static IQueryable<FacetCount> Countries(IQueryable<Initiative> initiatives, IQueryable<Country> countries) =>
        from counted in initiatives.SelectMany(i => i.CountryIds).GroupBy(id => id).Select(g => new { CountryId = g.Key, Count = g.Count() })
        join country in countries on counted.CountryId equals country.Id
        select new FacetCount { Key = country.IsoCode, Count = counted.Count };

    /// <summary>Initiatives per published organisation taking part, from the organisation ids each keeps on its row.</summary>
    public static IQueryable<FacetCount> Organisations(IQueryable<Initiative> initiatives, IQueryable<Organisation> organisations) =>
        from counted in initiatives.SelectMany(i => i.OrganisationIds).GroupBy(id => id).Select(g => new { OrganisationId = g.Key, Count = g.Count() })
        join organisation in organisations.Published() on counted.OrganisationId equals organisation.Id
        select new FacetCount { Key = organisation.Slug, Count = counted.Count };

    /// <summary>Initiatives per status as a visitor reads it on the day (<see cref="StatusToday"/>).</summary>
    public static IQueryable<FacetCount> Statuses(IQueryable<Initiative> initiatives, DateOnly today) =>
        initiatives.GroupBy(StatusToday.InitiativeStandingOn(today)).Select(g => new FacetCount { Key = g.Key.ToString(), Count = g.Count() });

    public static IQueryable<FacetCount> StartYears(IQueryable<Initiative> initiatives) =>
        initiatives.Where(i => i.StartDate != null).GroupBy(i => i.StartDate!.Start.Year).Select(g => new FacetCount { Key = g.Key.ToString(), Count = g.Count() });

    public static IQueryable<FacetCount> Pillars(IQueryable<Event> events, IQueryable<Pillar> pillars) =>
        Named(events.SelectMany(e => e.PillarIds), pillars);

    public static IQueryable<FacetCount> Areas(IQueryable<Event> events, IQueryable<CooperationArea> areas) =>
        Named(events.SelectMany(e => e.AreaIds), areas);

    public static IQueryable<FacetCount> Countries(IQueryable<Event> events) =>
        events.Where(e => e.Country != null).GroupBy(e => e.Country!.IsoCode).Select(g => new FacetCount { Key = g.Key, Count = g.Count() });

    public static IQueryable<FacetCount> Organisations(IQueryable<Event> events) =>
        Count(events.SelectMany(e => e.Organisations.Where(link => link.Organisation.Publication == PublicationStatus.Published)
            .Select(link => new KeyOf<string> { Id = e.Id, Key = link.Organisation.Slug })).Distinct());

    public static IQueryable<FacetCount> StartYears(IQueryable<Event> events) =>
        events.GroupBy(e => e.StartDate.Start.Year).Select(g => new FacetCount { Key = g.Key.ToString(), Count = g.Count() });

    /// <summary>Organisations by the pillars of the published initiatives they take part in.</summary>
    public static IQueryable<FacetCount> Pillars(IQueryable<Organisation> organisations, IQueryable<Pillar> pillars) =>
        Named(
            organisations.SelectMany(o => o.Initiatives.Where(link => link.Initiative.Publication == PublicationStatus.Published)
                .SelectMany(link => link.Initiative.PillarIds.Select(pillarId => new KeyOf<int> { Id = o.Id, Key = pillarId })))
                .Distinct().Select(pair => pair.Key),
            pillars);

    /// <summary>Organisations by the areas of the published initiatives they take part in.</summary>
    public static IQueryable<FacetCount> Areas(IQueryable<Organisation> organisations, IQueryable<CooperationArea> areas) =>
        Named(
            organisations.SelectMany(o => o.Initiatives.Where(link => link.Initiative.Publication == PublicationStatus.Published)
                .SelectMany(link => link.Initiative.AreaIds.Select(areaId => new KeyOf<int> { Id = o.Id, Key = areaId })))
                .Distinct().Select(pair => pair.Key),
            areas);

    /// <summary>Organisations by the country they are based in.</summary>
    public static IQueryable<FacetCount> Countries(IQueryable<Organisation> organisations) =>
        organisations.Where(o => o.Country != null).GroupBy(o => o.Country!.IsoCode).Select(g => new FacetCount { Key = g.Key, Count = g.Count() });

    public static IQueryable<FacetCount> Pillars(IQueryable<CooperationArea> areas) =>
        areas.GroupBy(a => a.Pillar.Slug).Select(g => new FacetCount { Key = g.Key, Count = g.Count() });

    public static IQueryable<FacetCount> Areas(IQueryable<CooperationArea> areas) =>
        areas.GroupBy(a => a.Slug).Select(g => new FacetCount { Key = g.Key, Count = g.Count() });

    /// <summary>Records per pillar id, named by the pillar's slug.</summary>
    private static IQueryable<FacetCount> Named(IQueryable<int> pillarIds, IQueryable<Pillar> pillars) =>
        from counted in pillarIds.GroupBy(id => id).Select(g => new { PillarId = g.Key, Count = g.Count() })
        join pillar in pillars on counted.PillarId equals pillar.Id
        select new FacetCount { Key = pillar.Slug, Count = counted.Count };

    /// <summary>Records per area id, named by the area's slug.</summary>
    private static IQueryable<FacetCount> Named(IQueryable<int> areaIds, IQueryable<CooperationArea> areas) =>
        from counted in areaIds.GroupBy(id => id).Select(g => new { AreaId = g.Key, Count = g.Count() })
        join area in areas on counted.AreaId equals area.Id
        select new FacetCount { Key = area.Slug, Count = counted.Count };

    private static IQueryable<FacetCount> Count(IQueryable<KeyOf<string>> keys) =>
        keys.GroupBy(k => k.Key).Select(g => new FacetCount { Key = g.Key, Count = g.Count() });

    /// <summary>A record's id beside one of its facet values, so DISTINCT counts each record once per value.</summary>
    private sealed class KeyOf<TKey>
    {
        public int Id { get; init; }

        public required TKey Key { get; init; }
    }
}
