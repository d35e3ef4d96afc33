using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>One way to narrow a list (its query key, label and current value) and the values it offers, with counts.</summary>
public sealed record Facet(string Key, string Label, string? Selected, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>A value and how many records have it, as PostgreSQL counts them.</summary>
public sealed record FacetCount(string Key, int Count);

/// <summary>A record's key and its names, for labelling facet values in the visitor's language.</summary>
public sealed record FacetName(string Key, string OriginalLanguage, List<FacetNameText> Names);

public sealed record FacetNameText(string Language, string Name, bool IsPublished);

public static class FacetQueries
{
    /// <summary>Runs a GROUP BY and labels its values, most frequent first.</summary>
    public static async Task<IReadOnlyList<FacetValue>> CountsAsync(
        IQueryable<FacetCount> counts, IReadOnlyDictionary<string, string>? labels, CancellationToken cancellationToken) =>
        [
            .. (await counts.ToListAsync(cancellationToken))
                .Select(count => new FacetValue(count.Key, labels?.GetValueOrDefault(count.Key) ?? count.Key, count.Count))
                .OrderByDescending(value => value.Count).ThenBy(value => value.Label, StringComparer.Ordinal),
        ];

    /// <summary>Each record's name in the language, else in its original language, else its key.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(IQueryable<FacetName> records, string language, CancellationToken cancellationToken) =>
        (await records.ToListAsync(cancellationToken)).ToDictionary(
            record => record.Key,
            record => record.Names.Where(n => n.IsPublished).FirstOrDefault(n => n.Language == language)?.Name
                ?? record.Names.FirstOrDefault(n => n.Language == record.OriginalLanguage)?.Name ?? record.Key,
            StringComparer.Ordinal);

    /// <summary>A year from the address, or null for anything that is not a plausible year.</summary>
    public static int? Year(string? text) => int.TryParse(text, out var year) && year is >= 1900 and <= 2200 ? year : null;
}
