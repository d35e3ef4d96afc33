using System.Globalization;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>
/// Turns a dashboard's figures into charts and tables, in the reader's language: the page draws them,
/// the exports download exactly the same tables.
/// </summary>
public sealed class DashboardTables(DashboardText text, FigureLinks links, DashboardOptions options, bool publishedOnly)
{
    public const string CoverageTable = "coverage";
    public const string StatusTable = "status";
    public const string CountryTable = "countries";
    public const string OrganisationTable = "organisations";
    public const string YearTable = "years";
    public const string FigureTable = "figures";
    public const string MonthTable = "months";
    public const string PastTable = "milestones-past";
    public const string NextTable = "milestones-next";
    public const string EventTable = "events";
    public const string ChangedTable = "changed";
    public const string StaleTable = "stale";
    public const string InitiativeYearsTable = "initiatives-per-year";
    public const string MilestoneYearsTable = "milestones-per-year";

    public static readonly string[] All =
        [CoverageTable, StatusTable, CountryTable, OrganisationTable, YearTable, FigureTable, MonthTable, PastTable, NextTable, EventTable, ChangedTable, StaleTable, InitiativeYearsTable, MilestoneYearsTable];

    private string Language => text.Language;

    /// <param name="coverage">The areas' counts.</param>
    /// <param name="period">The period its recent records are counted over, named (<see cref="DashboardText.PeriodName"/>); the last months by default.</param>
    /// <param name="withVerdicts">
    /// Whether to judge each area ("Nothing recent", "Nothing behind it") and flag the quiet ones: a staff judgement,
    /// which the public pillar page leaves out, showing what exists (issue 14).
    /// </param>
    public ChartWithTable Coverage(Coverage coverage, bool withVerdicts = true, string? period = null)
    {
        var rows = coverage.Areas.Select(row =>
        {
            var name = row.Area.NameIn(Language, publishedOnly);
            var slug = row.Area.Key;
            List<TableCell> cells =
            [
                new TableCell(name.Text, Language: Other(name.Language)),
                TableCell.Number(row.Initiatives, links.For(RecordKind.Initiatives, (FilterKeys.Area, slug))),
                TableCell.Number(row.Milestones, links.For(RecordKind.Milestones, (FilterKeys.Area, slug))),
                TableCell.Number(row.Events, links.For(RecordKind.Events, (FilterKeys.Area, slug))),
                TableCell.Number(row.RecentInitiatives + row.RecentMilestones + row.RecentEvents, null),
            ];
            if (withVerdicts)
            {
                cells.Add(new TableCell(!row.IsBacked ? text.NothingBehind : !row.IsRecent ? text.NothingRecent : text.Active));
            }

            return new TableRow(cells, Emphasis: withVerdicts && !row.IsRecent);
        }).ToList();
        List<string> headers = [text.Area, text.Initiatives, text.Milestones, text.Events, text.InPeriod(period ?? text.TheLastMonths(options.RecentMonths))];
        if (withVerdicts)
        {
            headers.Add(text.Standing);
        }

        // Without verdicts (the public pillar page) the chart counts what exists and is named so.
        var title = withVerdicts ? text.CoverageHeading : text.InitiativesByArea;
        var table = Table(CoverageTable, title, headers, rows);
        // One measure, the initiatives: adding initiatives, milestones and events into one bar counted unlike things
        // together (issue 14); the milestones and events are the table's.
        var chart = new BarChart(CoverageTable, title, text.ChartDescription(text.CoverageInitiatives),
            [text.Initiatives],
            [.. coverage.Areas.Select(row =>
            {
                var name = row.Area.NameIn(Language, publishedOnly);
                return new ChartBar(name.Text, Other(name.Language), [row.Initiatives],
                    row.IsBacked || !withVerdicts ? row.Initiatives.ToString("N0", CultureInfo.InvariantCulture) : text.NothingBehind, Flagged: withVerdicts && !row.IsBacked);
            })]);
        return Block(chart, table);
    }

    public ChartWithTable Counts(string id, string title, string dimension, string key, RecordKind kind, IReadOnlyList<CountRow> counts, string? note = null, bool chart = true)
    {
        var rows = counts.Select(row => new TableRow(
        [
            new TableCell(row.Label.Text, Language: Other(row.Label.Language)),
            TableCell.Number(row.Count, links.For(kind, (key, row.Key))),
        ])).ToList();
        var table = Table(id, title, [dimension, text.Initiatives], rows) with { Note = note };
        var bars = chart && counts.Count > 0
            ? new BarChart(id, title, text.ChartDescription(title), [title],
                [.. counts.Select(row => new ChartBar(row.Label.Text, Other(row.Label.Language), [row.Count], row.Count.ToString("N0", CultureInfo.InvariantCulture)))])
            : null;
        return Block(bars, table);
    }

    public ChartWithTable Status(IReadOnlyList<CountRow> counts) =>
        Counts(StatusTable, text.ByStatus, text.Status, FilterKeys.Status, RecordKind.Initiatives, counts);

    public ChartWithTable Countries(IReadOnlyList<CountRow> counts) =>
        Counts(CountryTable, text.ByCountry, text.Country, FilterKeys.Country, RecordKind.Initiatives, counts);

    public ChartWithTable Organisations(IReadOnlyList<CountRow> counts, int others, int withoutLead) =>
        Counts(OrganisationTable, text.ByLeadOrganisation, text.LeadOrganisation, FilterKeys.Organisation, RecordKind.Initiatives, counts,
            string.Join(' ', new[] { others > 0 ? text.OtherOrganisations(others) : null, withoutLead > 0 ? text.WithoutLead(withoutLead) : null }.OfType<string>()) is { Length: > 0 } note ? note : null);

    public ChartWithTable Years(IReadOnlyList<CountRow> counts, int undated)
    {
        var rows = counts.Select(row => new TableRow(
        [
            new TableCell(row.Label.Text, int.Parse(row.Key, CultureInfo.InvariantCulture)),
            TableCell.Number(row.Count, links.For(RecordKind.Initiatives, (FilterKeys.From, row.Key), (FilterKeys.To, row.Key))),
        ])).ToList();
        var table = Table(YearTable, text.ByYear, [text.Start, text.Initiatives], rows) with { Note = undated > 0 ? text.Undated(undated) : null };
        var chart = counts.Count > 0
            ? new BarChart(YearTable, text.ByYear, text.ChartDescription(text.ByYear), [text.ByYear],
                [.. counts.Select(row => new ChartBar(row.Label.Text, null, [row.Count], row.Count.ToString("N0", CultureInfo.InvariantCulture)))])
            : null;
        return Block(chart, table);
    }

    /// <summary>
    /// Initiatives started, or milestones dated, in each of the last years: one measure per chart, as columns read left to
    /// right, each year's figure leading to its records; a chart of only zeros is not drawn (<see cref="BarChart.HasData"/>).
    /// </summary>
    public ChartWithTable LastYears(RecordKind kind, IReadOnlyList<CountRow> perYear)
    {
        var (id, title, measure) = kind == RecordKind.Milestones
            ? (MilestoneYearsTable, text.MilestonesPerYear(PillarDashboardQuery.TrendYears), text.Milestones)
            : (InitiativeYearsTable, text.InitiativesPerYear(PillarDashboardQuery.TrendYears), text.Initiatives);
        var rows = perYear.Select(row => new TableRow(
        [
            new TableCell(row.Label.Text, int.Parse(row.Key, CultureInfo.InvariantCulture)),
            TableCell.Number(row.Count, links.For(kind, (FilterKeys.From, row.Key), (FilterKeys.To, row.Key))),
        ])).ToList();
        var table = Table(id, title, [text.Year, measure], rows) with { Note = kind == RecordKind.Milestones ? text.MilestonesPerYearNote : null };
        var chart = new BarChart(id, title, text.ChartDescription(title), [measure],
            [.. perYear.Select(row => new ChartBar(row.Label.Text, null, [row.Count], row.Count.ToString("N0", CultureInfo.InvariantCulture)))])
        {
            Columns = true,
        };
        return Block(chart, table);
    }

    public ChartWithTable Figures(IReadOnlyList<FigureTotal> totals)
    {
        var rows = totals.Select(total => new TableRow(
        [
            new TableCell(text.Name(total.Unit)),
            new TableCell(text.Name(total.Approximation)),
            TableCell.Number(total.Figures, null),
            TableCell.Number(total.Initiatives, links.For(RecordKind.Initiatives, ("figure", total.Key))),
            total.Total is { } sum
                ? new TableCell(FormatText.For(Language).Figure(sum, total.Unit, total.Approximation), sum)
                : new TableCell(text.NotAdded),
        ])).ToList();
        return Block(null, Table(FigureTable, text.KeyFigures, [text.Unit, text.Approximation, text.FigureCount, text.Initiatives, text.Total], rows) with { Note = text.FiguresNote });
    }

    public ChartWithTable Months(Timeline timeline, DateOnly today)
    {
        var rows = timeline.Months.Select(month => new TableRow(
        [
            new TableCell(MonthName(month, longForm: true), PartialDate.InMonth(month.Year, month.Month)),
            TableCell.Number(month.Achieved, links.For(RecordKind.Milestones, ("month", month.Key), ("mstatus", nameof(MilestoneStatus.Achieved)))),
            TableCell.Number(month.Planned, links.For(RecordKind.Milestones, ("month", month.Key), ("mstatus", nameof(MilestoneStatus.Planned)))),
        ], Emphasis: month.Year == today.Year && month.Month == today.Month)).ToList();
        var title = text.TimelineHeading(options.RecentMonths);
        var achieved = text.Name(MilestoneStatus.Achieved);
        var planned = text.Name(MilestoneStatus.Planned);
        var table = Table(MonthTable, title, [text.Month, achieved, planned], rows) with
        {
            Note = timeline.CoarseDated > 0 ? text.CoarseMilestones(timeline.CoarseDated) : null,
        };
        var todayIndex = timeline.Months.ToList().FindIndex(m => m.Year == today.Year && m.Month == today.Month);
        var chart = new BarChart(MonthTable, title, text.ChartDescription(title), [achieved, planned],
            [.. timeline.Months.Select((month, index) => new ChartBar(MonthName(month, longForm: false), null, [month.Achieved, month.Planned],
                (month.Achieved + month.Planned).ToString("N0", CultureInfo.InvariantCulture))
            {
                Caption = index == 0 || month.Month == 1 ? text.YearCaption(month.Year) : null,
            })])
        {
            Columns = true,
            MarkedColumn = todayIndex >= 0 ? todayIndex : null,
            MarkLabel = text.Today,
        };
        return Block(chart, table);
    }

    public ChartWithTable Milestones(string id, string title, IReadOnlyList<DashboardMilestone> milestones, string? wholeList)
    {
        var rows = milestones.Select(m =>
        {
            var title = m.Title.For(Language);
            var initiative = m.Initiative.For(Language);
            return new TableRow(
            [
                new TableCell(m.Date.Format(Language), m.Date),
                new TableCell(title.Text, Language: Other(title.Language)),
                new TableCell(initiative.Text, Href: links.Pages.RecordPage(Language, RecordKind.Initiatives, m.InitiativeId, m.Initiative.Slug, m.Publication), Language: Other(initiative.Language)),
                new TableCell(text.Name(m.Status)),
                new TableCell(m.CountryCode ?? string.Empty),
                new TableCell(text.Name(m.Publication)),
            ]);
        }).ToList();
        return Block(null, Table(id, title, [text.Date, text.Milestones, text.Initiative, text.Status, text.Country, text.Publication], rows) with
        {
            Note = rows.Count == 0 ? text.Nothing : null,
        }, wholeList);
    }

    public ChartWithTable Events(IReadOnlyList<DashboardEvent> events, string? wholeList)
    {
        var rows = events.Select(e =>
        {
            var name = e.Name.For(Language);
            return new TableRow(
            [
                new TableCell(e.Start.Format(Language), e.Start),
                new TableCell(name.Text, Href: links.Pages.RecordPage(Language, RecordKind.Events, e.Id, e.Name.Slug, e.Publication), Language: Other(name.Language)),
                new TableCell(e.CountryCode ?? string.Empty),
                new TableCell(text.Name(e.Publication)),
            ]);
        }).ToList();
        return Block(null, Table(EventTable, text.UpcomingEvents, [text.Date, text.Events, text.Country, text.Publication], rows) with
        {
            Note = rows.Count == 0 ? text.Nothing : text.EventsHaveNoStatus,
        }, wholeList);
    }

    public ChartWithTable Changed(IReadOnlyList<ChangedRecord> records, int count, string? wholeList) =>
        Changes(ChangedTable, text.ChangedHeading(options.RecentlyChangedDays), records, withReasons: false, text.ChangedCount(count), wholeList);

    public ChartWithTable Stale(IReadOnlyList<ChangedRecord> records, int count, string? wholeList) =>
        Changes(StaleTable, text.StaleHeading(options.StaleAfterDays), records, withReasons: true, text.StaleCount(count), wholeList);

    private ChartWithTable Changes(string id, string title, IReadOnlyList<ChangedRecord> records, bool withReasons, string note, string? wholeList)
    {
        var staleAfterDays = options.StaleAfterDays;
        var rows = records.Select(r =>
        {
            var name = r.Name.For(Language);
            List<TableCell> cells =
            [
                new TableCell(text.Name(r.Kind)),
                new TableCell(name.Text, Href: links.Pages.RecordPage(Language, r.Kind, r.Id, r.Name.Slug, r.Publication), Language: Other(name.Language)),
                new TableCell(text.Name(r.Publication)),
                ChangedAt(r.UpdatedAt),
            ];
            if (withReasons)
            {
                cells.Add(new TableCell(string.Join(text.ReasonSeparator, new[]
                {
                    r.ContentStale ? text.ContentStale(staleAfterDays) : null,
                    r.TranslationBehind ? text.TranslationBehind : null,
                    r.TranslationUnreviewed ? text.TranslationUnreviewed : null,
                }.OfType<string>())));
            }

            return new TableRow(cells);
        }).ToList();
        IReadOnlyList<string> headers = withReasons
            ? [text.Kind, text.NameHeader, text.Publication, text.LastChanged, text.Why]
            : [text.Kind, text.NameHeader, text.Publication, text.LastChanged];
        return Block(null, Table(id, title, headers, rows) with { Note = rows.Count == 0 ? text.Nothing : note }, wholeList);
    }

    /// <summary>When a record last changed, on the portal's clock: shown to the minute, downloaded as a date and time.</summary>
    public static TableCell ChangedAt(DateTimeOffset when)
    {
        var local = TimeZoneInfo.ConvertTime(when, PortalTime.Zone).DateTime;
        return new TableCell(local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), local);
    }

    /// <summary>A month as the language writes it (the culture's year-month pattern: "August 2024", "2024年8月"), or its number alone.</summary>
    private string MonthName(MonthCount month, bool longForm) =>
        longForm
            ? new DateOnly(month.Year, month.Month, 1).ToString("Y", text.Culture)
            : month.Month.ToString(CultureInfo.InvariantCulture);

    private string? Other(string? language) => language == Language ? null : language;

    private FigureTable Table(string id, string title, IReadOnlyList<string> headers, IReadOnlyList<TableRow> rows) =>
        new(id, title, headers, rows) { DownloadHref = links.Downloads?.Invoke(id) };

    private ChartWithTable Block(BarChart? chart, FigureTable table, string? wholeList = null) =>
        new(chart, table, text.DownloadCsv, text.DownloadXlsx, text.ShowTable) { WholeList = wholeList, WholeListLabel = text.ShowAll };
}
