using System.Globalization;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Filtering;

/// <summary>A record a filter points at: its database id and the key the address uses (slug or ISO code).</summary>
public sealed record ChosenRecord(int Id, string Key);

/// <summary>Why a filter value was not used.</summary>
public enum FilterProblemKind
{
    NoSuchPillar,
    NoSuchArea,
    NoSuchCountry,
    NoSuchStatus,
    NoSuchOrganisation,
    NotAYear,

    /// <summary>The range's first year is after its last (<see cref="FilterProblem.Value"/> the first, <see cref="FilterProblem.LastYear"/> the last).</summary>
    YearsInverted,
    NoSuchPublication,
    NoSuchPeriod,
}

/// <summary>A value of the address that names nothing: the key, the value as given (at most 60 characters) and why.</summary>
public sealed record FilterProblem(string Key, string Value, FilterProblemKind Kind)
{
    public int? LastYear { get; init; }
}

/// <summary>
/// Whose view the filter narrows. The public reads only published organisations; staff (<see cref="Staff"/>) also
/// drafts and records in review. <see cref="PillarId"/> limits the areas to one pillar's (a pillar's dashboard).
/// </summary>
public sealed record FilterScope(bool Staff = false, int? PillarId = null)
{
    public static FilterScope Public { get; } = new();
}

/// <summary>Every filter value the address gave that names something, checked against the lists.</summary>
public sealed record FilterValues
{
    public ChosenRecord? Pillar { get; init; }

    public ChosenRecord? Area { get; init; }

    public ChosenRecord? Country { get; init; }

    /// <summary>An initiative's status as a visitor reads it on the day (<see cref="StatusToday"/>): Planned, StartPassed, Ongoing, Ended or Completed.</summary>
    public InitiativeStanding? Status { get; init; }

    public ChosenRecord? Organisation { get; init; }

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }

    /// <summary>Inside dashboards and packs: count drafts and records in review too (<c>pub=all</c>); published records only otherwise.</summary>
    public bool IncludeWorkInProgress { get; init; }

    /// <summary>Inside dashboards and packs: the period over which what is recent is judged (<c>period=</c>).</summary>
    public ReportingPeriod Period { get; init; }
}

/// <summary>
/// The one parser of filters in addresses (docs/filters.md). It reads the keys of <see cref="FilterKeys"/> that the
/// subject takes, each with its first value (as model binding and the output cache do), trimmed; an empty value is
/// no filter. Every value is checked, by shape before anything reaches PostgreSQL (which refuses some characters
/// outright) and then against the lists; a value that names nothing is left out and reported as a
/// <see cref="FilterProblem"/>, which pages show as a note and the API and feeds answer with 400.
/// </summary>
public static class FilterReader
{
    public const int MinimumYear = 1900;
    public const int MaximumYear = 2200;

    private const int LongestShownValue = 60;

    public static async Task<(FilterValues Values, IReadOnlyList<FilterProblem> Problems)> ReadAsync(
        PortalDbContext db, IQueryCollection query, FilterSubject subject, FilterScope scope, CancellationToken cancellationToken)
    {
        var keys = FilterKeys.Of(subject);
        var problems = new List<FilterProblem>();
        string? Value(string key) =>
            keys.Contains(key) && query.TryGetValue(key, out var values) && values.Count > 0 && values[0]?.Trim() is { Length: > 0 } value
                ? value
                : null;

        void Problem(string key, string value, FilterProblemKind kind) =>
            problems.Add(new FilterProblem(key, value.Length > LongestShownValue ? value[..LongestShownValue] : value, kind));

        async Task<ChosenRecord?> ChooseAsync(string key, FilterProblemKind kind, bool valid, Func<IQueryable<ChosenRecord>> named)
        {
            if (Value(key) is not { } value)
            {
                return null;
            }

            var chosen = valid ? await named().FirstOrDefaultAsync(cancellationToken) : null;
            if (chosen is null)
            {
                Problem(key, value, kind);
            }

            return chosen;
        }

        var pillarSlug = Value(FilterKeys.Pillar);
        var pillar = await ChooseAsync(FilterKeys.Pillar, FilterProblemKind.NoSuchPillar, Slug.IsValid(pillarSlug), () =>
            db.Pillars.Where(p => p.Slug == pillarSlug).Select(p => new ChosenRecord(p.Id, p.Slug)));

        var areaSlug = Value(FilterKeys.Area);
        var area = await ChooseAsync(FilterKeys.Area, FilterProblemKind.NoSuchArea, Slug.IsValid(areaSlug), () =>
            db.CooperationAreas.Where(a => a.Slug == areaSlug && (scope.PillarId == null || a.PillarId == scope.PillarId))
                .Select(a => new ChosenRecord(a.Id, a.Slug)));

        var code = Value(FilterKeys.Country)?.ToUpperInvariant();
        var country = await ChooseAsync(FilterKeys.Country, FilterProblemKind.NoSuchCountry, Domain.Country.IsIsoCodeShaped(code), () =>
            db.Countries.Where(c => c.IsoCode == code).Select(c => new ChosenRecord(c.Id, c.IsoCode)));

        var organisationSlug = Value(FilterKeys.Organisation);
        var organisation = await ChooseAsync(FilterKeys.Organisation, FilterProblemKind.NoSuchOrganisation, Slug.IsValid(organisationSlug), () =>
            (scope.Staff ? db.Organisations.Where(o => o.Publication != PublicationStatus.Archived) : db.Organisations.Published())
                .Where(o => o.Slug == organisationSlug).Select(o => new ChosenRecord(o.Id, o.Slug)));

        InitiativeStanding? status = null;
        if (Value(FilterKeys.Status) is { } statusText)
        {
            if (!int.TryParse(statusText, out _) && Enum.TryParse<InitiativeStanding>(statusText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                status = parsed;
            }
            else
            {
                Problem(FilterKeys.Status, statusText, FilterProblemKind.NoSuchStatus);
            }
        }

        int? Year(string key)
        {
            if (Value(key) is not { } text)
            {
                return null;
            }

            if (ParseYear(text) is { } year)
            {
                return year;
            }

            Problem(key, text, FilterProblemKind.NotAYear);
            return null;
        }

        // ?year=2024 is the range 2024 to 2024; with ?from= or ?to= beside it the range is what all of them allow.
        var year = Year(FilterKeys.Year);
        var from = Later(Year(FilterKeys.From), year);
        var to = Earlier(Year(FilterKeys.To), year);
        if (from > to)
        {
            problems.Add(new FilterProblem(FilterKeys.From, from.Value.ToString(CultureInfo.InvariantCulture), FilterProblemKind.YearsInverted) { LastYear = to });
            (from, to) = (null, null);
        }

        var includeWorkInProgress = false;
        if (Value(FilterKeys.Publication) is { } publication)
        {
            includeWorkInProgress = publication == AllValue;
            if (!includeWorkInProgress && publication != PublishedValue)
            {
                Problem(FilterKeys.Publication, publication, FilterProblemKind.NoSuchPublication);
            }
        }

        var period = ReportingPeriod.LastMonths;
        if (Value(FilterKeys.Period) is { } periodText)
        {
            if (PeriodValues.FirstOrDefault(pair => pair.Value == periodText) is { Value: not null } named)
            {
                period = named.Period;
            }
            else
            {
                Problem(FilterKeys.Period, periodText, FilterProblemKind.NoSuchPeriod);
            }
        }

        return (new FilterValues
        {
            Pillar = pillar,
            Area = area,
            Country = country,
            Status = status,
            Organisation = organisation,
            YearFrom = from,
            YearTo = to,
            IncludeWorkInProgress = includeWorkInProgress,
            Period = period,
        }, problems);
    }

    public const string PublishedValue = "published";

    public const string AllValue = "all";

    /// <summary>Each reporting period as <see cref="FilterKeys.Period"/> names it, the default first.</summary>
    public static readonly IReadOnlyList<(ReportingPeriod Period, string Value)> PeriodValues =
        [(ReportingPeriod.LastMonths, "12m"), (ReportingPeriod.CalendarYear, "year"), (ReportingPeriod.FiscalYear, "fiscal")];

    public static string PeriodValue(ReportingPeriod period) => PeriodValues.First(pair => pair.Period == period).Value;

    /// <summary>A year from the address, or null for anything that is not a plausible year.</summary>
    public static int? ParseYear(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinimumYear and <= MaximumYear ? year : null;

    private static int? Later(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? Earlier(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
