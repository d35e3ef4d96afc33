using System.Globalization;
using JaifPortal.Web.Areas.Admin;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>The dashboards' own words in one language, from the "DashboardText" entries of its PO file (docs/adr/0022-interface-text-in-po-files.md).</summary>
public sealed class DashboardText : PortalText
{
    private DashboardText(string language)
        : base(language)
    {
    }

    public string Dashboards => Text();

    public string OverviewTitle => Text();

    public string OverviewLead => Text();

    public string PillarNumber(int number) => Format([number]);

    public string PillarDashboardTitle(int number, string name) => Format([number, name]);

    public string OpenDashboard => Text();

    public string BackOffice => Text();

    public string WorkInProgressNote => Text();

    public string PublishedOnlyNote => Text();

    public string IncludeWorkInProgress => Text();

    public string CountPublishedOnly => Text();

    /// <summary>A page's title, saying so when it counts work in progress (a printed or bookmarked page keeps its title).</summary>
    public string Titled(string title, DashboardFilter filter) => filter.IncludeWorkInProgress ? WithWorkInProgress(title) : title;

    public string WithWorkInProgress(string title) => Format([title]);

    /// <summary>A page that judges what is recent, titled with its period when it is not the default, then as <see cref="Titled(string, DashboardFilter)"/>.</summary>
    public string Titled(string title, DashboardFilter filter, string period) =>
        Titled(filter.Period == ReportingPeriod.LastMonths ? title : WithPeriod(title, period), filter);

    public string WithPeriod(string title, string period) => Format([title, period]);

    /// <summary>The period a dashboard judges what is recent by, named for running text ("the last 12 months", "FY2025 (April 2025 – March 2026)").</summary>
    public string PeriodName(ReportingPeriod period, DateOnly today, int months) => period switch
    {
        ReportingPeriod.CalendarYear => CalendarYearNamed(FormatText.For(Language).Date(PartialDate.InYear(period.YearOf(today)))),
        ReportingPeriod.FiscalYear => FormatText.For(Language).FiscalYear(period.YearOf(today)),
        _ => TheLastMonths(months),
    };

    public string TheLastMonths(int months) => Format([months]);

    public string CalendarYearNamed(string year) => Format([year]);

    /// <summary>A choice of the period filter.</summary>
    public string PeriodChoice(ReportingPeriod period, int months) => period switch
    {
        ReportingPeriod.CalendarYear => PeriodCalendarYear,
        ReportingPeriod.FiscalYear => PeriodFiscalYear,
        _ => PeriodLastMonths(months),
    };

    public string Period => Text();

    public string PeriodLastMonths(int months) => Format([months]);

    public string PeriodCalendarYear => Text();

    public string PeriodFiscalYear => Text();

    public string Totals(int all, int published, int review, int draft) => Plural(all, [published, review, draft]);

    public string PublishedTotal(int count) => Plural(count);

    public string HeadlinesHeading => Text();

    public string HeadlineInitiatives(int count) => Plural(count);

    public string HeadlineAreas(int total, string period) => Format([total, period]);

    public string HeadlineMilestones(int count, int months) => Plural(count, [months]);

    public string HeadlineEvents(int count, string period) => Plural(count, [period]);

    public string HeadlineStale(int count) => Plural(count);

    /// <summary>A headline's change against the same day a year ago: "+3 on a year ago", "−1 on a year ago", or the same.</summary>
    public string Change(Headline headline) => headline.Change == 0 ? SameAsAYearAgo : OnAYearAgo(headline.Change);

    public string OnAYearAgo(int change) => Format([change]);

    public string SameAsAYearAgo => Text();

    public string HeadlinesDefinition(int staleDays) => Format([staleDays]);

    public string ShowSection => Text();

    public string Downloads => Text();

    /// <summary>A breakdown's summary: its largest row.</summary>
    public string Most(string label, int count) => Format([label, count]);

    public string FigureKinds(int count) => Plural(count);

    public string TimelineSummary(int upToThisMonth, int after) => Format([upToThisMonth, after]);

    public string NextEvent(string name, string date) => Format([name, date]);

    public string RecordsCounted(int count) => Plural(count);

    public string ProblemsHeading => Text();

    public string YearNotValid(string raw) => Format([raw]);

    public string YearsInverted(int from, int to) => Format([from, to]);

    public string UnknownCountry(string raw) => Format([raw]);

    public string UnknownArea(string raw) => Format([raw]);

    public string UnknownStatus(string raw) => Format([raw]);

    public string UnknownOrganisation(string raw) => Format([raw]);

    public string UnknownPublication(string raw) => Format([raw]);

    public string UnknownPeriod(string raw) => Format([raw]);

    /// <summary>What a dashboard says of a filter value it left out.</summary>
    public string Describe(FilterProblem problem) => problem.Kind switch
    {
        FilterProblemKind.NotAYear => YearNotValid(problem.Value),
        FilterProblemKind.YearsInverted => YearsInverted(int.Parse(problem.Value, CultureInfo.InvariantCulture), problem.LastYear ?? 0),
        FilterProblemKind.NoSuchCountry => UnknownCountry(problem.Value),
        FilterProblemKind.NoSuchArea => UnknownArea(problem.Value),
        FilterProblemKind.NoSuchStatus => UnknownStatus(problem.Value),
        FilterProblemKind.NoSuchOrganisation => UnknownOrganisation(problem.Value),
        FilterProblemKind.NoSuchPeriod => UnknownPeriod(problem.Value),
        _ => UnknownPublication(problem.Value),
    };

    public string UnknownPillar(string raw) => Format([raw]);

    public string UnknownList(string raw) => Format([raw]);

    public string UnknownExport(string tables) => Format([tables]);

    public string Filters => Text();

    public string Breadcrumbs => Text();

    public string YearFrom => Text();

    public string YearTo => Text();

    public string YearHint => Text();

    public string Country => Text();

    public string AllCountries => Text();

    public string Area => Text();

    public string AllAreas => Text();

    public string Status => Text();

    public string AllStatuses => Text();

    public string LeadOrganisation => Text();

    public string AllOrganisations => Text();

    public string Counted => Text();

    public string CountedAll => Text();

    public string CountedPublished => Text();

    public string Apply => Text();

    public string ClearFilters => Text();

    public string ActiveFilters => Text();

    public string CoverageHeading => Text();

    /// <summary>The public pillar page's name for the same chart: a count of what exists, not a judgement of coverage.</summary>
    public string InitiativesByArea => Text();

    public string CoverageDefinition(string period, string today) => Format([period, today]);

    public string CoverageFigure(int covered, int total, int percent) => Format([covered, total, percent]);

    public string RecentFigure(int recent, int total, int percent, string period) => Format([recent, total, percent, period]);

    public string AreasWithNothing => Text();

    public string AreasWithNothingRecent(string period) => Format([period]);

    public string Initiatives => Text();

    public string Milestones => Text();

    public string Events => Text();

    public string InPeriod(string period) => Format([period]);

    public string Standing => Text();

    public string NothingBehind => Text();

    public string NothingRecent => Text();

    public string Active => Text();

    public string ByStatus => Text();

    public string ByCountry => Text();

    public string ByLeadOrganisation => Text();

    public string ByYear => Text();

    public string KeyFigures => Text();

    public string FiguresNote => Text();

    public string Unit => Text();

    public string Approximation => Text();

    public string FigureCount => Text();

    public string Total => Text();

    public string NotAdded => Text();

    public string TimelineHeading(int months) => Format([months]);

    public string Month => Text();

    public string Today => Text();

    public string CoarseMilestones(int count) => Plural(count);

    public string PastMonths(int months) => Format([months]);

    public string NextMonths(int months) => Format([months]);

    public string UpcomingEvents => Text();

    public string ChangedHeading(int days) => Format([days]);

    public string StaleHeading(int days) => Format([days]);

    public string StaleDefinition(int days) => Format([days]);

    public string ChangedCount(int count) => Plural(count);

    public string StaleCount(int count) => Plural(count);

    public string ContentStale(int days) => Format([days]);

    public string TranslationBehind => Text();

    public string TranslationUnreviewed => Text();

    public string Why => Text();

    public string Date => Text();

    public string NameHeader => Text();

    public string Kind => Text();

    public string Publication => Text();

    public string Start => Text();

    public string Countries => Text();

    public string LeadOrganisations => Text();

    public string CooperationAreas => Text();

    public string LastChanged => Text();

    public string Initiative => Text();

    public string Count => Text();

    public string OtherOrganisations(int count) => Plural(count);

    public string WithoutLead(int count) => Plural(count);

    public string Undated(int count) => Plural(count);

    public string Nothing => Text();

    public string ShowAll => Text();

    public string DownloadCsv => Text();

    public string DownloadXlsx => Text();

    public string ChartDescription(string what) => Format([what]);

    public string CoverageInitiatives => Text();

    public string ShowTable => Text();

    public string EventsHaveNoStatus => Text();

    public string RecordsHeading => Text();

    public string RecordCount(int count) => Plural(count);

    public string BackToDashboard => Text();

    public string PublicPage => Text();

    public string EditPage => Text();

    public string Stale => Text();

    public string Changed => Text();

    public string WithoutStartDate => Text();

    public string WithoutLeadOrganisation => Text();

    public string Upcoming => Text();

    public string ComingUp(int days) => Format([days]);

    /// <summary>The overview's count of milestones coming up, a link of its own ("Milestones 3" / 「主な動き3件」).</summary>
    public string ComingUpMilestones(int count) => Format([count]);

    public string ComingUpEvents(int count) => Format([count]);

    /// <summary>What separates the two counts coming up: ", " in English, 「、」 in Japanese.</summary>
    public string ComingUpSeparator => Text();

    public string PublicHeading => Text();

    public string PublicNote => Text();

    public string Place => Text();

    public string Calendar => Text();

    public string Year => Text();

    public string InitiativesPerYear(int years) => Format([years]);

    public string MilestonesPerYear(int years) => Format([years]);

    public string MilestonesPerYearNote => Text();

    public string CalendarTitle(string month) => Format([month]);

    public string CalendarLead => Text();

    /// <summary>The link to the calendar from the overview and the pillar dashboards.</summary>
    public string CalendarLink => Text();

    public string OtherMonths => Text();

    public string ThisMonth => Text();

    public string NextMonth => Text();

    public string PreviousMonth(string month) => Format([month]);

    public string FollowingMonth(string month) => Format([month]);

    public string ChooseMonth => Text();

    public string ShowMonth => Text();

    /// <summary>A .NET date format for a day under its week ("Tuesday 1 December", 「12月1日（火）」).</summary>
    public string DayFormat => Text();

    /// <summary>A .NET date format for a week's first and last days ("1 December", 「12月1日」).</summary>
    public string ShortDayFormat => Text();

    public string WeekRange(string first, string last) => Format([first, last]);

    public string MonthOnlyHeading(string month) => Format([month]);

    public string NothingInMonth(string month) => Format([month]);

    public string UnreadableMonth(string raw, string shown) => Format([raw, shown]);

    public string InitiativeOf(string name) => Format([name]);

    public string CalendarCoarseDates => Text();


    /// <summary>Statuses, publication states, units and approximations as the rest of the portal names them.</summary>
    public string Name(Enum value) => value switch
    {
        RecordKind kind => Entry($"{nameof(RecordKind)}.{kind}"),
        PublicationStatus or FigureUnit or FigureApproximation => AdminText.For(Language).Describe(value),
        _ => UiText.For(Language).Name(value),
    };

    /// <summary>What separates the reasons a record is stale in one table cell.</summary>
    public string ReasonSeparator => Text();

    /// <summary>The year under the first month of each year in the timeline chart.</summary>
    public string YearCaption(int year) => Format([year]);

    public static DashboardText For(string language) => Of(language, code => new DashboardText(code));
}
