using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>
/// Where a dashboard's figures lead. Inside, to the list of the records a figure counts (the same
/// filtered query, so the list has exactly as many rows), and to downloads of each table; on the
/// public pillar page, to the public lists that show the same published records.
/// </summary>
public sealed record FigureLinks(Func<RecordKind, (string Key, string Value)[], string?> Records, Func<string, Func<string, string>>? Downloads)
{
    public string? For(RecordKind kind, params (string Key, string Value)[] values) => Records(kind, values);

    public static FigureLinks Internal(string language, string pillarSlug, DashboardFilter filter) => new(
        (kind, values) => DashboardLinks.Records(language, pillarSlug, filter, kind, values),
        table => format => DashboardLinks.Export(language, pillarSlug, filter, table, format));

    /// <summary>The public lists: initiatives by pillar with one area, status or country; an area's page for its events and milestones.</summary>
    public static FigureLinks Public(string language, string pillarSlug) => new(
        (kind, values) => (kind, values) switch
        {
            (RecordKind.Initiatives, [var (key, value)]) when key is FilterKeys.Area or FilterKeys.Status or FilterKeys.Country =>
                $"/{language}/initiatives{DashboardLinks.Query([new(FilterKeys.Pillar, pillarSlug), new(key, value)])}",
            (_, [(FilterKeys.Area, var area)]) => $"/{language}/areas/{Uri.EscapeDataString(area)}",
            _ => null,
        },
        null);
}

public static class DashboardLinks
{
    public static string Overview(string language) => $"/{language}/dashboards";

    public static string Dashboard(string language, string pillarSlug, DashboardFilter filter, params (string Key, string? Value)[] changes) =>
        $"/{language}/dashboards/{pillarSlug}{Query(With(filter, changes))}";

    public static string Records(string language, string pillarSlug, DashboardFilter filter, RecordKind kind, params (string Key, string Value)[] values) =>
        $"/{language}/dashboards/{pillarSlug}/records{Query([new("kind", KindKey(kind)), .. With(filter, [.. values.Select(v => (v.Key, (string?)v.Value))])])}";

    public static string Export(string language, string pillarSlug, DashboardFilter filter, string table, string format) =>
        $"/{language}/dashboards/{pillarSlug}/export{Query([new("table", table), new("format", format), .. filter.QueryValues()])}";

    /// <summary>A record's page: the public one once it is published, otherwise its back-office form.</summary>
    public static string RecordPage(string language, RecordKind kind, int id, string slug, PublicationStatus publication) =>
        (kind, publication) switch
        {
            (RecordKind.Events, PublicationStatus.Published) => $"/{language}/events/{slug}",
            (RecordKind.Events, _) => $"/admin/events/edit?id={id}",
            (_, PublicationStatus.Published) => $"/{language}/initiatives/{slug}",
            _ => $"/admin/initiatives/edit?id={id}",
        };

    public static string KindKey(RecordKind kind) => kind.ToString().ToLowerInvariant();

    public static string Query(IEnumerable<KeyValuePair<string, string?>> values) =>
        QueryString.Create(values.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();

    /// <summary>The filter's values with some replaced (a null value removes the key).</summary>
    private static List<KeyValuePair<string, string?>> With(DashboardFilter filter, (string Key, string? Value)[] changes)
    {
        var values = filter.QueryValues().Where(pair => !changes.Any(change => change.Key == pair.Key)).ToList();
        values.AddRange(changes.Where(change => change.Value is not null).Select(change => new KeyValuePair<string, string?>(change.Key, change.Value)));
        return values;
    }
}
