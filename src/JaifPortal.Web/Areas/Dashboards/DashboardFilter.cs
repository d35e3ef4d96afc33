using System.Globalization;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>
/// What a dashboard is narrowed to: a range of years, a country, an area of the pillar, an initiative
/// status, a lead organisation, (inside) whether drafts and records in review count too, and the period over
/// which what is recent is judged. Every value has been checked against the lists, so the queries can trust
/// it; the address keeps it as text.
/// </summary>
public sealed record DashboardFilter
{
    public static DashboardFilter None { get; } = new();

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }

    public ChosenRecord? Country { get; init; }

    public ChosenRecord? Area { get; init; }

    /// <summary>An initiative's status on the day, as the public lists read it (<see cref="StatusToday"/>).</summary>
    public InitiativeStanding? Status { get; init; }

    public ChosenRecord? Organisation { get; init; }

    /// <summary>
    /// Count drafts and records in review too, by the explicit switch <c>pub=all</c>. By default a dashboard counts what the
    /// public sees, so a test draft or a record still in review never shows in a figure an official quotes.
    /// </summary>
    public bool IncludeWorkInProgress { get; init; }

    public bool PublishedOnly => !IncludeWorkInProgress;

    /// <summary>
    /// The period over which what is recent is judged (<c>period=</c>): by default the last months, or the calendar or
    /// fiscal year so far, since officials report by 年度.
    /// </summary>
    public ReportingPeriod Period { get; init; }

    /// <summary>What is counted, in a download's file name, so a file passed on still says whether it holds work in progress.</summary>
    public string CountedInFileName => IncludeWorkInProgress ? "with-work-in-progress" : "published";

    /// <summary>The chosen period in a download's file name ("-2025", "-fy2025"), nothing for the default.</summary>
    public string PeriodInFileName(DateOnly today) => Period switch
    {
        ReportingPeriod.CalendarYear => string.Create(CultureInfo.InvariantCulture, $"-{Period.YearOf(today)}"),
        ReportingPeriod.FiscalYear => string.Create(CultureInfo.InvariantCulture, $"-fy{Period.YearOf(today)}"),
        _ => string.Empty,
    };

    public bool HasYears => YearFrom is not null || YearTo is not null;

    public bool IsEmpty => this == None;

    /// <summary>The first day counted by the year range, if it has a lower bound.</summary>
    public DateOnly? FirstDay => YearFrom is { } from ? new DateOnly(from, 1, 1) : null;

    /// <summary>The day after the last day counted by the year range, if it has an upper bound.</summary>
    public DateOnly? EndDay => YearTo is { } to ? new DateOnly(to + 1, 1, 1) : null;

    /// <summary>The filter as query values (<see cref="FilterKeys"/>), in a fixed order, leaving out what is not set.</summary>
    public IEnumerable<KeyValuePair<string, string?>> QueryValues()
    {
        var invariant = CultureInfo.InvariantCulture;
        KeyValuePair<string, string?>[] all =
        [
            new(FilterKeys.From, YearFrom?.ToString(invariant)),
            new(FilterKeys.To, YearTo?.ToString(invariant)),
            new(FilterKeys.Country, Country?.Key),
            new(FilterKeys.Area, Area?.Key),
            new(FilterKeys.Status, Status?.ToString()),
            new(FilterKeys.Organisation, Organisation?.Key),
            new(FilterKeys.Publication, IncludeWorkInProgress ? FilterReader.AllValue : null),
            new(FilterKeys.Period, Period == ReportingPeriod.LastMonths ? null : FilterReader.PeriodValue(Period)),
        ];
        return all.Where(pair => !string.IsNullOrEmpty(pair.Value));
    }
}

/// <summary>
/// Reads a dashboard's filter with the portal's one parser (<see cref="FilterReader"/>): staff may choose to see drafts
/// and records in review, and the areas are the pillar's. Values that name nothing are dropped with a message in the reader's language.
/// </summary>
public static class DashboardFilterReader
{
    public static async Task<(DashboardFilter Filter, IReadOnlyList<string> Problems)> ReadAsync(
        PortalDbContext db, int pillarId, IQueryCollection query, DashboardText text, CancellationToken cancellationToken)
    {
        var (values, problems) = await FilterReader.ReadAsync(db, query, FilterSubject.Dashboards, new FilterScope(Staff: true, PillarId: pillarId), cancellationToken);
        return (new DashboardFilter
        {
            YearFrom = values.YearFrom,
            YearTo = values.YearTo,
            Country = values.Country,
            Area = values.Area,
            Status = values.Status,
            Organisation = values.Organisation,
            IncludeWorkInProgress = values.IncludeWorkInProgress,
            Period = values.Period,
        }, [.. problems.Select(text.Describe)]);
    }
}
