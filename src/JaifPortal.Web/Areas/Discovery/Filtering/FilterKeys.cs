using Microsoft.Extensions.Primitives;

namespace JaifPortal.Web.Areas.Discovery.Filtering;

/// <summary>What a filter narrows, and so which keys of the vocabulary it reads (<see cref="FilterKeys.Of"/>).</summary>
public enum FilterSubject
{
    Initiatives,
    Events,
    Organisations,
    Areas,
    Feeds,
    Dashboards,
}

/// <summary>
/// The one vocabulary of filters in addresses, for the public lists, the search, exports, feeds, the JSON API and
/// the dashboards (docs/filters.md). A key means the same wherever it is read; each subject reads the keys that can
/// narrow it. The output cache varies public answers by exactly these keys, so the parser and the cache cannot drift.
/// </summary>
public static class FilterKeys
{
    public const string Pillar = "pillar";
    public const string Area = "area";
    public const string Country = "country";
    public const string Status = "status";
    public const string Organisation = "organisation";

    /// <summary>One year: the same as <see cref="From"/> and <see cref="To"/> both that year.</summary>
    public const string Year = "year";

    /// <summary>The first year of a range.</summary>
    public const string From = "from";

    /// <summary>The last year of a range.</summary>
    public const string To = "to";

    /// <summary>
    /// Inside dashboards and briefing packs: "published" (the default) counts published records only, "all" includes the
    /// work in progress (drafts and records in review; archived ones never count).
    /// </summary>
    public const string Publication = "pub";

    /// <summary>
    /// Inside dashboards and briefing packs: the period over which what is recent is judged, <c>12m</c> (the last months,
    /// the default), <c>year</c> (the calendar year so far) or <c>fiscal</c> (the fiscal year, 年度, April to March, so far).
    /// </summary>
    public const string Period = "period";

    /// <summary>
    /// The order of a public list (<c>newest</c>, <c>name</c>, <c>start</c>; <see cref="JaifPortal.Web.Pages.Shared.ListSorting"/>). Not a
    /// filter: it changes no count and no export's rows, so it is not in <see cref="Of"/>; the lists that read it declare it.
    /// </summary>
    public const string Sort = "sort";

    /// <summary>Keys renamed into the vocabulary: an address with one is sent, permanently, to the same address with the new key.</summary>
    public static readonly IReadOnlyDictionary<string, string> Renamed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["org"] = Organisation,
    };

    private static readonly string[] InitiativeKeys = [Pillar, Area, Country, Status, Year, Organisation];
    private static readonly string[] EventKeys = [Pillar, Area, Country, Year, Organisation];
    private static readonly string[] OrganisationKeys = [Pillar, Area, Country];
    private static readonly string[] AreaKeys = [Pillar];
    private static readonly string[] FeedKeys = [Pillar, Country];
    private static readonly string[] DashboardKeys = [Year, From, To, Country, Area, Status, Organisation, Publication, Period];

    /// <summary>Every key of the vocabulary, in the order addresses list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Pillar, Area, Country, Status, Year, From, To, Organisation, Publication, Period];

    public static IReadOnlyList<string> Of(FilterSubject subject) => subject switch
    {
        FilterSubject.Initiatives => InitiativeKeys,
        FilterSubject.Events => EventKeys,
        FilterSubject.Organisations => OrganisationKeys,
        FilterSubject.Areas => AreaKeys,
        FilterSubject.Feeds => FeedKeys,
        FilterSubject.Dashboards => DashboardKeys,
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, null),
    };

    /// <summary>The text a key takes from the address: its first value, as given (not yet checked).</summary>
    public static string? FirstValue(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>
    /// The request's address with every renamed key under its new name, or null when it has none: where an old key
    /// was read, the page redirects there permanently, so bookmarks keep working and learn the new name. Where both
    /// keys are given the new one wins, as a newer link wrote it.
    /// </summary>
    public static string? AddressWithoutRenamedKeys(HttpRequest request)
    {
        var query = request.Query;
        if (!query.Keys.Any(Renamed.ContainsKey))
        {
            return null;
        }

        var values = new List<KeyValuePair<string, StringValues>>();
        foreach (var (key, value) in query)
        {
            if (!Renamed.TryGetValue(key, out var renamed))
            {
                values.Add(new(key, value));
            }
            else if (!query.ContainsKey(renamed))
            {
                values.Add(new(renamed, value));
            }
        }

        return request.PathBase + request.Path + QueryString.Create(values).ToUriComponent();
    }
}
