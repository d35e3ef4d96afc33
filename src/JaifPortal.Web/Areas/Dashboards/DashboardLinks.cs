using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>
/// Where a dashboard's figures lead. Inside, to the list of the records a figure counts (the same
/// filtered query, so the list has exactly as many rows), and to downloads of each table; on the
/// public pillar page, to the public lists that show the same published records.
/// </summary>
public sealed record FigureLinks(DashboardLinks Pages, Func<RecordKind, (string Key, string Value)[], string?> Records, Func<string, Func<string, string>>? Downloads)
{
    public string? For(RecordKind kind, params (string Key, string Value)[] values) => Records(kind, values);

    public static FigureLinks Internal(DashboardLinks pages, string language, string pillarSlug, DashboardFilter filter) => new(
        pages,
        (kind, values) => pages.Records(language, pillarSlug, filter, kind, values),
        table => format => pages.Export(language, pillarSlug, filter, table, format));

    /// <summary>The public lists: initiatives by pillar with one area, status or country; an area's page for its events and milestones.</summary>
    public static FigureLinks Public(DashboardLinks pages, string language, string pillarSlug) => new(
        pages,
        (kind, values) => (kind, values) switch
        {
            (RecordKind.Initiatives, [var (key, value)]) when key is FilterKeys.Area or FilterKeys.Status or FilterKeys.Country =>
                pages.PublicPath("/Initiatives/Index", language) + DashboardLinks.Query([new(FilterKeys.Pillar, pillarSlug), new(key, value)]),
            (_, [(FilterKeys.Area, var area)]) => pages.PublicPath("/CooperationAreas/Details", language, area),
            _ => null,
        },
        null);
}

/// <summary>
/// The dashboards' addresses, generated from the pages' routes (so a page's <c>@page</c> is the one place its address is
/// written); the query is written here, in the filter's order, so links to the same list are the same address.
/// </summary>
public sealed class DashboardLinks(LinkGenerator links)
{
    public string Overview(string language) => Page("/Index", language);

    public string Dashboard(string language, string pillarSlug, DashboardFilter filter, params (string Key, string? Value)[] changes) =>
        Page("/Pillar", language, pillarSlug) + Query(With(filter, changes));

    public string Records(string language, string pillarSlug, DashboardFilter filter, RecordKind kind, params (string Key, string Value)[] values) =>
        Page("/Records", language, pillarSlug) + Query([new("kind", KindKey(kind)), .. With(filter, [.. values.Select(v => (v.Key, (string?)v.Value))])]);

    public string Export(string language, string pillarSlug, DashboardFilter filter, string table, string format) =>
        Page("/Export", language, pillarSlug) + Query([new("table", table), new("format", format), .. filter.QueryValues()]);

    /// <summary>The pillar's briefing pack with the dashboard's filter, but for the switch to work in progress: a pack holds published records only.</summary>
    public string Briefing(string language, string pillarSlug, DashboardFilter filter) =>
        Page("/Briefings/Pillar", language, pillarSlug) + Query((filter with { IncludeWorkInProgress = false }).QueryValues());

    /// <summary>A record's page: the public one once it is published, otherwise its back-office form.</summary>
    public string RecordPage(string language, RecordKind kind, int id, string slug, PublicationStatus publication) =>
        (kind, publication) switch
        {
            (RecordKind.Events, PublicationStatus.Published) => links.PublicPath("/Events/Details", language, slug),
            (RecordKind.Events, _) => Path("Admin", "/Events/Edit", new { id }),
            (_, PublicationStatus.Published) => links.PublicPath("/Initiatives/Details", language, slug),
            _ => Path("Admin", "/Initiatives/Edit", new { id }),
        };

    /// <summary>A public page (<see cref="PageLinks.PublicPath"/>), for the public pillar page's figures.</summary>
    public string PublicPath(string page, string language, string? slug = null) => links.PublicPath(page, language, slug);

    public static string KindKey(RecordKind kind) => kind.ToString().ToLowerInvariant();

    public static string Query(IEnumerable<KeyValuePair<string, string?>> values) =>
        QueryString.Create(values.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();

    private string Page(string page, string language, string? pillarSlug = null) =>
        Path("Dashboards", page, new { lang = language, pillar = pillarSlug });

    private string Path(string area, string page, object values) =>
        links.GetPathByPage(page, handler: null, values: new RouteValueDictionary(values) { ["area"] = area })
            ?? throw new InvalidOperationException($"No address for the page {page} in the area '{area}'.");

    /// <summary>The filter's values with some replaced (a null value removes the key).</summary>
    private static List<KeyValuePair<string, string?>> With(DashboardFilter filter, (string Key, string? Value)[] changes)
    {
        var values = filter.QueryValues().Where(pair => !changes.Any(change => change.Key == pair.Key)).ToList();
        values.AddRange(changes.Where(change => change.Value is not null).Select(change => new KeyValuePair<string, string?>(change.Key, change.Value)));
        return values;
    }
}
