using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>Who a dashboard is for: officials inside the portal, or every visitor of a pillar page.</summary>
public enum DashboardScope
{
    /// <summary>Drafts, records in review and published records (archived ones never count).</summary>
    Internal,

    /// <summary>Published records only.</summary>
    Public,
}

/// <summary>One language's name of a pillar, area, country or organisation.</summary>
public sealed record NameText(string Language, string Name, bool IsPublished);

/// <summary>A record's names, and the one to show in a language (the public sees published names only).</summary>
public sealed record Named(int Id, string Key, string OriginalLanguage, IReadOnlyList<NameText> Names)
{
    public LabelText NameIn(string language, bool publishedOnly)
    {
        var shown = Names.Where(n => !publishedOnly || n.IsPublished).ToList();
        var chosen = shown.FirstOrDefault(n => n.Language == language)
            ?? shown.FirstOrDefault(n => n.Language == OriginalLanguage)
            ?? shown.OrderBy(n => n.Language, StringComparer.Ordinal).FirstOrDefault();
        return chosen is null ? new LabelText(Key, null) : new LabelText(chosen.Name, chosen.Language);
    }
}

/// <summary>A text to show and its language, when it differs from the page's (for the lang attribute).</summary>
public sealed record LabelText(string Text, string? Language);

/// <summary>A record's name as PostgreSQL picked it: in the reader's language, else in the record's original one.</summary>
public sealed record RecordName(string? InLanguage, string? InOriginal, string OriginalLanguage, string Slug)
{
    public LabelText For(string language) =>
        InLanguage is not null ? new LabelText(InLanguage, language)
        : InOriginal is not null ? new LabelText(InOriginal, OriginalLanguage)
        : new LabelText(Slug, null);
}

/// <summary>The pillar a dashboard is about, with its areas (its commitments) in the plan's order.</summary>
public sealed record PillarContext(Named Pillar, int Number, IReadOnlyList<Named> Areas);

/// <summary>Everything a dashboard query needs to know: pillar, filter, audience and the day it is in Jakarta.</summary>
public sealed record DashboardRequest(PillarContext Pillar, DashboardFilter Filter, DashboardScope Scope, DateOnly Today, DateTimeOffset Now, string Language)
{
    public bool PublishedOnly => Scope == DashboardScope.Public || Filter.PublishedOnly;
}

/// <summary>
/// A span of days. A record dated only to a month, a year or a fiscal year is inside when its period
/// overlaps the span, so "2025" counts as recent in March 2026 even though 1 January 2025 is older.
/// </summary>
public sealed record DateWindow(DateOnly From, DateOnly To)
{
    public DateOnly EarliestMonth => new(From.Year, From.Month, 1);

    public DateOnly EarliestYear => new(From.Year, 1, 1);

    public DateOnly EarliestFiscalYear => From.Month >= 4 ? new(From.Year, 4, 1) : new(From.Year - 1, 4, 1);

    /// <summary>The earliest start any precision may have and still overlap: a plain range an index on the date can serve.</summary>
    public DateOnly EarliestStart => EarliestYear < EarliestFiscalYear ? EarliestYear : EarliestFiscalYear;

    /// <summary>The last months up to today.</summary>
    public static DateWindow Past(DateOnly today, int months) => new(today.AddMonths(-months), today);

    /// <summary>The next months from today.</summary>
    public static DateWindow Next(DateOnly today, int months) => new(today, today.AddMonths(months));

    public bool Contains(PartialDate date) => date.Start <= To && date.End >= From;

    /// <summary>The same span a year earlier (29 February falls on the 28th).</summary>
    public DateWindow AYearEarlier => new(From.AddYears(-1), To.AddYears(-1));
}

/// <summary>
/// How many initiatives, milestones and events back one area, how many of them are recent, and how many were recent
/// over the same period a year earlier (for the headline's change).
/// </summary>
public sealed record AreaCoverage(Named Area, int Initiatives, int Milestones, int Events, int RecentInitiatives, int RecentMilestones, int RecentEvents, int RecentAYearAgo)
{
    /// <summary>At least one initiative, milestone or event stands behind the area.</summary>
    public bool IsBacked => Initiatives + Milestones + Events > 0;

    /// <summary>An initiative started, or a milestone or an event took place, within the recent period.</summary>
    public bool IsRecent => RecentInitiatives + RecentMilestones + RecentEvents > 0;
}

public sealed record Coverage(IReadOnlyList<AreaCoverage> Areas)
{
    public int BackedCount => Areas.Count(a => a.IsBacked);

    public int RecentCount => Areas.Count(a => a.IsRecent);

    /// <summary>The areas that had something recent over the same period a year earlier.</summary>
    public int RecentCountAYearAgo => Areas.Count(a => a.RecentAYearAgo > 0);

    /// <summary>The share of the pillar's areas with anything behind them, in whole per cent.</summary>
    public int BackedPercent => Percent(BackedCount);

    public int RecentPercent => Percent(RecentCount);

    private int Percent(int count) => Areas.Count == 0 ? 0 : (int)Math.Round(100.0 * count / Areas.Count, MidpointRounding.AwayFromZero);
}

/// <summary>One bar of a chart: the value it stands for (for links), its label and its count.</summary>
public sealed record CountRow(string Key, LabelText Label, int Count);

/// <summary>Initiatives by publication state, and those without a start date or a lead organisation.</summary>
public sealed record InitiativeTotals(int Published, int InReview, int Draft, int Undated, int WithoutLead)
{
    public int All => Published + InReview + Draft;
}

/// <summary>
/// Key figures of one unit and one kind of approximation. Only units that add up (yen, people,
/// participants, MOUs) get a total; durations, countries and areas would be double-counted.
/// </summary>
public sealed record FigureTotal(FigureUnit Unit, FigureApproximation Approximation, int Figures, int Initiatives, decimal? Total)
{
    public static bool Adds(FigureUnit unit) => unit is FigureUnit.Yen or FigureUnit.People or FigureUnit.Participants or FigureUnit.Memoranda;

    public string Key => $"{Unit}-{Approximation}";
}

/// <summary>How many milestones begin on one day with one precision (<see cref="PillarDashboardQuery.MilestoneDaysAsync"/>).</summary>
public sealed record MilestoneDay(PartialDate Date, int Achieved, int Planned, int All);

public sealed record MonthCount(int Year, int Month, int Achieved, int Planned)
{
    public string Key => $"{Year:D4}-{Month:D2}";
}

public sealed record DashboardMilestone(int Id, int InitiativeId, PartialDate Date, MilestoneStatus Status, RecordName Title, RecordName Initiative, PublicationStatus Publication, string? CountryCode);

public sealed record DashboardEvent(int Id, PartialDate Start, RecordName Name, PublicationStatus Publication, string? CountryCode);

public sealed record Timeline(IReadOnlyList<MonthCount> Months, int CoarseDated, IReadOnlyList<DashboardMilestone> Past, IReadOnlyList<DashboardMilestone> Next);

public enum RecordKind
{
    Initiatives,
    Milestones,
    Events,
}

/// <summary>A record in the "changed recently" or "stale" lists, with why it is stale.</summary>
public sealed record ChangedRecord(RecordKind Kind, int Id, RecordName Name, PublicationStatus Publication, DateTimeOffset UpdatedAt, bool ContentStale, bool TranslationBehind, bool TranslationUnreviewed);

/// <summary>One pillar on the dashboards' overview: its initiatives by state, its coverage and what comes up in the next 31 days.</summary>
public sealed record PillarOverview(PillarContext Pillar, InitiativeTotals Totals, Coverage Coverage, int MilestonesComingUp, int EventsComingUp);

/// <summary>A headline figure today and on the same day a year ago, counted the same way over windows a year apart.</summary>
public sealed record Headline(int Now, int YearAgo)
{
    public int Change => Now - YearAgo;
}

/// <summary>
/// The row of figures a pillar dashboard leads with: initiatives (a year ago: those that had started by then, or are
/// undated), areas with something in the period, milestones in the next months, events in the period, and records
/// needing an update (a year ago: the records not reviewed in the year before then, by their revisions).
/// </summary>
public sealed record Headlines(Headline Initiatives, Headline AreasCovered, int Areas, Headline MilestonesSoon, Headline EventsInPeriod, Headline NeedingUpdate)
{
    public static readonly Headlines None = new(new(0, 0), new(0, 0), 0, new(0, 0), new(0, 0), new(0, 0));
}

/// <summary>Everything one pillar dashboard shows. The public view leaves the internal lists empty.</summary>
public sealed record PillarDashboard(
    DashboardRequest Request,
    InitiativeTotals Totals,
    Coverage Coverage,
    IReadOnlyList<CountRow> ByStatus,
    IReadOnlyList<CountRow> ByCountry,
    IReadOnlyList<CountRow> ByLeadOrganisation,
    int OtherLeadOrganisations,
    IReadOnlyList<CountRow> ByYear,
    IReadOnlyList<FigureTotal> Figures,
    Timeline Timeline,
    IReadOnlyList<DashboardEvent> UpcomingEvents,
    IReadOnlyList<ChangedRecord> Changed,
    int ChangedCount,
    IReadOnlyList<ChangedRecord> Stale,
    int StaleCount,
    Headlines Headlines,
    IReadOnlyList<CountRow> MilestonesInLastYears);
