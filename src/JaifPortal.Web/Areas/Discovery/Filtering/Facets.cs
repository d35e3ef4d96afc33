using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Filtering;

/// <summary>
/// One way to narrow a list (its query key, label and current value) and the other values it offers, with the
/// number of results choosing each gives; the chosen value is not among them (the page shows it once, as a chip
/// that removes it). The note says what it narrows or that only the most frequent values are offered.
/// </summary>
public sealed record Facet(string Key, string Label, string? Selected, string? SelectedLabel, IReadOnlyList<FacetValue> Values, string? Note);

public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>A value and how many records have it, as PostgreSQL counts them (init properties, so counts of several kinds can be added up in SQL).</summary>
public sealed class FacetCount
{
    public required string Key { get; init; }

    public int Count { get; init; }
}

/// <summary>A record's key and its names, for labelling facet values in the visitor's language; pillars and areas carry their place in the plan.</summary>
public sealed record FacetName(string Key, string OriginalLanguage, List<FacetNameText> Names, int PlanOrder = 0);

public sealed record FacetNameText(string Language, string Name, bool IsPublished);

/// <summary>
/// The facets of a list or of the search results. Each facet is one GROUP BY in PostgreSQL over the records
/// the current filters leave (added up over every kind of record it narrows, with UNION ALL), labelled in the
/// visitor's language. Organisations can run to thousands, so only the most frequent are offered, plus the chosen one.
/// The values are in an order a reader can scan: pillars and areas as the plan lists them, statuses as an initiative
/// goes through them, years newest first, countries and organisations by name; never by count, which reshuffles
/// the list with every filter.
/// </summary>
public sealed class FacetBuilder(PortalDbContext db, UiText ui, ListFilter filter)
{
    public const int OrganisationLimit = 15;

    /// <summary>The pillars, which the pillar counts join to name the pillars records keep by id.</summary>
    public IQueryable<Pillar> Pillars => db.Pillars.AsNoTracking();

    /// <summary>The areas, which the area counts join to name the areas records keep by id.</summary>
    public IQueryable<CooperationArea> Areas => db.CooperationAreas.AsNoTracking();

    /// <summary>The countries, which the initiatives' country counts join to name the countries they keep by id.</summary>
    public IQueryable<Country> Countries => db.Countries.AsNoTracking();

    /// <summary>The organisations, which the initiatives' organisation counts join to name those they keep by id.</summary>
    public IQueryable<Organisation> Organisations => db.Organisations.AsNoTracking();

    public async Task<Facet> PillarAsync(string? note, IReadOnlyList<IQueryable<FacetCount>> counts, CancellationToken cancellationToken) =>
        await PillarAsync(note, await Sum(counts).ToListAsync(cancellationToken), cancellationToken);

    public Task<Facet> PillarAsync(string? note, IReadOnlyList<FacetCount> counts, CancellationToken cancellationToken) =>
        NamedFacetAsync(
            FilterKeys.Pillar, ui.FilterByPillar, filter.Pillar, note, counts,
            db.Pillars.Select(p => new FacetName(p.Slug, p.OriginalLanguage, p.Translations.Select(t => new FacetNameText(t.Language, p.Number + ". " + t.Name, t.IsPublished)).ToList(), p.Number)),
            cancellationToken);

    public async Task<Facet> AreaAsync(string? note, IReadOnlyList<IQueryable<FacetCount>> counts, CancellationToken cancellationToken) =>
        await AreaAsync(note, await Sum(counts).ToListAsync(cancellationToken), cancellationToken);

    public Task<Facet> AreaAsync(string? note, IReadOnlyList<FacetCount> counts, CancellationToken cancellationToken) =>
        NamedFacetAsync(
            FilterKeys.Area, ui.CooperationAreas, filter.Area, note, counts,
            db.CooperationAreas.Select(a => new FacetName(
                a.Slug, a.OriginalLanguage, a.Translations.Select(t => new FacetNameText(t.Language, t.Name, t.IsPublished)).ToList(), (a.Pillar.Number * 1000) + a.SortOrder)),
            cancellationToken);

    public async Task<Facet> CountryAsync(string? note, IReadOnlyList<IQueryable<FacetCount>> counts, CancellationToken cancellationToken) =>
        await CountryAsync(note, await Sum(counts).ToListAsync(cancellationToken), cancellationToken);

    public Task<Facet> CountryAsync(string? note, IReadOnlyList<FacetCount> counts, CancellationToken cancellationToken) =>
        NamedFacetAsync(
            FilterKeys.Country, ui.Countries, filter.Country, note, counts,
            db.Countries.Select(c => new FacetName(c.IsoCode, c.OriginalLanguage, c.Translations.Select(t => new FacetNameText(t.Language, t.Name, t.IsPublished)).ToList())),
            cancellationToken);

    public async Task<Facet> StatusAsync(string? note, IQueryable<FacetCount> counts, CancellationToken cancellationToken) =>
        StatusFacet(note, await counts.ToListAsync(cancellationToken));

    public Facet StatusFacet(string? note, IReadOnlyList<FacetCount> counts) =>
        Create(
            FilterKeys.Status, ui.Status, filter.Status?.ToString(), note, counts,
            StatusToday.InitiativeStandings.Select((s, order) => (s, order)).ToDictionary(x => x.s.ToString(), x => new FacetLabel(ui.Name(x.s), x.order)));

    public async Task<Facet> YearAsync(string label, string? note, IReadOnlyList<IQueryable<FacetCount>> counts, CancellationToken cancellationToken) =>
        YearFacet(label, note, await Sum(counts).ToListAsync(cancellationToken));

    public Facet YearFacet(string label, string? note, IReadOnlyList<FacetCount> counts) =>
        Create(FilterKeys.Year, label, filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), note, counts, null, newestFirst: true);

    /// <summary>The organisations with the most records under the current filters, and the chosen one whatever its rank.</summary>
    public async Task<Facet> OrganisationAsync(string? note, IReadOnlyList<IQueryable<FacetCount>> counts, CancellationToken cancellationToken)
    {
        var summed = Sum(counts);
        var top = await summed.OrderByDescending(c => c.Count).ThenBy(c => c.Key).Take(OrganisationLimit + 1).ToListAsync(cancellationToken);
        var chosen = filter.Organisation is { } slug && top.Take(OrganisationLimit).All(c => c.Key != slug)
            ? await summed.FirstOrDefaultAsync(c => c.Key == slug, cancellationToken)
            : null;
        return await OrganisationFacetAsync(note, top, chosen, cancellationToken);
    }

    /// <summary>The same, from every organisation's count already counted.</summary>
    public Task<Facet> OrganisationAsync(string? note, IReadOnlyList<FacetCount> counts, CancellationToken cancellationToken)
    {
        var top = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Take(OrganisationLimit + 1).ToList();
        var chosen = filter.Organisation is { } slug && top.Take(OrganisationLimit).All(c => c.Key != slug)
            ? counts.FirstOrDefault(c => c.Key == slug)
            : null;
        return OrganisationFacetAsync(note, top, chosen, cancellationToken);
    }

    /// <summary>The first <see cref="OrganisationLimit"/> of the top counts (one more tells that there are more), the chosen one added.</summary>
    private async Task<Facet> OrganisationFacetAsync(string? note, List<FacetCount> top, FacetCount? chosen, CancellationToken cancellationToken)
    {
        var limited = top.Count > OrganisationLimit;
        top = [.. top.Take(OrganisationLimit)];
        if (chosen is not null)
        {
            top.Add(chosen);
        }

        var slugs = top.Select(c => c.Key).Append(filter.Organisation ?? string.Empty).ToList();
        var names = await FacetQueries.NamesAsync(
            db.Organisations.AsNoTracking().Where(o => slugs.Contains(o.Slug))
                .Select(o => new FacetName(o.Slug, o.OriginalLanguage, o.Translations.Select(t => new FacetNameText(t.Language, t.Name, t.IsPublished)).ToList())),
            ui.Language,
            cancellationToken);
        var limitNote = limited ? DiscoveryText.For(ui.Language).MostFrequentOrganisations(OrganisationLimit) : null;
        return Create(FilterKeys.Organisation, ui.Organisations, filter.Organisation, string.Join(' ', new[] { note, limitNote }.OfType<string>()), top, names);
    }

    /// <summary>A facet over a small table (pillars, areas, countries), every row of which is named in the visitor's language.</summary>
    private async Task<Facet> NamedFacetAsync(
        string key, string label, string? selected, string? note, IReadOnlyList<FacetCount> counts,
        IQueryable<FacetName> records, CancellationToken cancellationToken) =>
        Create(key, label, selected, note, counts, await FacetQueries.NamesAsync(records.AsNoTracking(), ui.Language, cancellationToken));

    private static Facet Create(
        string key, string label, string? selected, string? note, IEnumerable<FacetCount> counts, IReadOnlyDictionary<string, FacetLabel>? labels, bool newestFirst = false)
    {
        FacetLabel Label(string value) => labels?.GetValueOrDefault(value) ?? new FacetLabel(value, 0);
        var named = counts.Where(count => count.Key != selected).Select(count => (Value: new FacetValue(count.Key, Label(count.Key).Name, count.Count), Label(count.Key).PlanOrder));
        var ordered = newestFirst
            ? named.OrderByDescending(value => value.Value.Value, StringComparer.Ordinal)
            : named.OrderBy(value => value.PlanOrder).ThenBy(value => value.Value.Label, StringComparer.CurrentCulture);
        return new Facet(key, label, selected, selected is null ? null : Label(selected).Name, [.. ordered.Select(value => value.Value)], string.IsNullOrEmpty(note) ? null : note);
    }

    private static IQueryable<FacetCount> Sum(IReadOnlyList<IQueryable<FacetCount>> counts) =>
        counts.Count == 1
            ? counts[0]
            : counts.Aggregate((all, next) => all.Concat(next)).GroupBy(c => c.Key).Select(g => new FacetCount { Key = g.Key, Count = g.Sum(c => c.Count) });
}

/// <summary>A facet value's name in the visitor's language and its place in the plan (0 for values the plan does not order).</summary>
public sealed record FacetLabel(string Name, int PlanOrder);

public static class FacetQueries
{
    /// <summary>Each record's name in the language, else in its original language, else its key.</summary>
    public static async Task<Dictionary<string, FacetLabel>> NamesAsync(IQueryable<FacetName> records, string language, CancellationToken cancellationToken) =>
        (await records.ToListAsync(cancellationToken)).ToDictionary(
            record => record.Key,
            record => new FacetLabel(
                record.Names.Where(n => n.IsPublished).FirstOrDefault(n => n.Language == language)?.Name
                    ?? record.Names.FirstOrDefault(n => n.Language == record.OriginalLanguage)?.Name ?? record.Key,
                record.PlanOrder),
            StringComparer.Ordinal);
}
