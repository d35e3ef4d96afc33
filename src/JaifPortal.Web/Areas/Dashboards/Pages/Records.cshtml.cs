using System.Globalization;
using JaifPortal.Web.Areas.Discovery;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards.Pages;

/// <summary>
/// The records behind a dashboard figure: the dashboard's own filtered query with the figure's
/// selection added (a status, a month, "stale"...), paged, and downloadable whole as CSV or XLSX.
/// </summary>
public sealed class RecordsModel(PortalDbContext db, PillarDashboardQuery query, DashboardLinks links) : DashboardPageModel(db, query, links)
{
    public const int PageSize = 50;

    /// <summary>A download stops here; the dashboards are sized for lists of about 10,000 rows.</summary>
    public const int ExportLimit = 50_000;

    public RecordKind Kind { get; private set; }

    /// <summary>What the figure adds to the filter, in words, for the heading.</summary>
    public List<string> Selection { get; } = [];

    public FigureTable Table { get; private set; } = null!;

    public Paging Paging { get; private set; } = Paging.Create(1, 0, PageSize);

    /// <summary>The kind of record and the figure's selection, which a change of filter keeps.</summary>
    public (string Key, string Value)[] KeptSelection =>
    [
        ("kind", DashboardLinks.KindKey(Kind)),
        .. Request.Query.Where(pair => pair.Key is "show" or "publication" or "figure" or "month" or "mstatus" && !string.IsNullOrEmpty(pair.Value))
            .Select(pair => (pair.Key, pair.Value.ToString())),
    ];

    public async Task<IActionResult> OnGetAsync(
        string pillar,
        [FromQuery] string? kind,
        [FromQuery] string? show,
        [FromQuery] string? publication,
        [FromQuery] string? figure,
        [FromQuery] string? month,
        [FromQuery] string? mstatus,
        [FromQuery] int? page,
        [FromQuery] string? format,
        CancellationToken cancellationToken)
    {
        if (await LoadPillarAsync(pillar, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        var request = DashboardRequest();
        Kind = kind?.ToLowerInvariant() switch
        {
            "milestones" => RecordKind.Milestones,
            "events" => RecordKind.Events,
            _ => RecordKind.Initiatives,
        };
        if (kind is not null && !string.Equals(DashboardLinks.KindKey(Kind), kind, StringComparison.OrdinalIgnoreCase))
        {
            Problems.Add(T.UnknownList(kind.Length > 60 ? kind[..60] : kind));
        }

        var rows = Kind switch
        {
            RecordKind.Milestones => (RecordList)Milestones(request, show, month, mstatus),
            RecordKind.Events => Events(request, show),
            _ => Initiatives(request, show, publication, figure),
        };
        var export = TableExport.IsFormat(format);
        var total = await rows.CountAsync(cancellationToken);
        Paging = Paging.Create(page, total, PageSize);
        var pageRows = export
            ? await rows.Rows(0, ExportLimit, cancellationToken)
            : await rows.Rows(Paging.Skip, PageSize, cancellationToken);
        var title = $"{T.RecordsHeading}: {T.Name(Kind)}";
        Table = new FigureTable(DashboardLinks.KindKey(Kind), title, rows.Headers, pageRows)
        {
            DownloadHref = fileFormat => Request.Path + DashboardLinks.Query(
                Request.Query.Where(pair => pair.Key is not ("format" or "page")).Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value.ToString()))
                    .Append(new("format", fileFormat))),
        };
        if (export)
        {
            return await TableExport.CreateAsync(Table.ToExport(), format!, $"jaif-pillar{Pillar.Number}-{DashboardLinks.KindKey(Kind)}-{Filter.CountedInFileName}-{Lang}", cancellationToken);
        }

        return Page();
    }

    private RecordList<InitiativeRow> Initiatives(DashboardRequest request, string? show, string? publication, string? figure)
    {
        var initiatives = Query.Initiatives(request);
        switch (show)
        {
            case "stale":
                initiatives = initiatives.Where(Query.StaleInitiative(request.Now));
                Selection.Add(T.Stale);
                break;
            case "changed":
                var since = Query.ChangedSince(request.Now);
                initiatives = initiatives.Where(i => i.UpdatedAt >= since);
                Selection.Add(T.Changed);
                break;
            case "undated":
                initiatives = initiatives.Where(i => i.StartDate == null);
                Selection.Add(T.WithoutStartDate);
                break;
            case "nolead":
                initiatives = initiatives.Where(i => !i.Organisations.Any(link => link.Role == InitiativeRole.Lead));
                Selection.Add(T.WithoutLeadOrganisation);
                break;
        }

        if (Enum.TryParse<PublicationStatus>(publication, out var state) && state != PublicationStatus.Archived && !int.TryParse(publication, out _))
        {
            initiatives = initiatives.Where(i => i.Publication == state);
            Selection.Add(T.Name(state));
        }

        if (figure?.Split('-') is [var unitText, var approximationText]
            && Enum.TryParse<FigureUnit>(unitText, out var unit) && Enum.IsDefined(unit) && !int.TryParse(unitText, out _)
            && Enum.TryParse<FigureApproximation>(approximationText, out var approximation) && Enum.IsDefined(approximation) && !int.TryParse(approximationText, out _))
        {
            initiatives = initiatives.Where(i => i.KeyFigures.Any(f => f.Unit == unit && f.Approximation == approximation));
            Selection.Add($"{T.KeyFigures}: {T.Name(unit)}, {T.Name(approximation)}");
        }

        var language = Lang;
        var areaIds = Pillar.Areas.Select(a => a.Id).ToList();
        return new RecordList<InitiativeRow>(
            [T.NameHeader, T.Publication, T.Status, T.Start, T.Countries, T.LeadOrganisations, T.CooperationAreas, T.LastChanged],
            initiatives.OrderBy(i => i.Slug).Select(i => new InitiativeRow(
                i.Id,
                new RecordName(
                    i.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault(),
                    i.Translations.Where(t => t.Language == i.OriginalLanguage).Select(t => t.Name).FirstOrDefault(),
                    i.OriginalLanguage,
                    i.Slug),
                i.Publication,
                i.Status,
                i.StartDate != null ? i.StartDate.Start : null,
                i.StartDate != null ? i.StartDate.Precision : null,
                i.Countries.Select(link => link.Country.IsoCode).ToList(),
                i.Organisations.Where(link => link.Role == InitiativeRole.Lead).Select(link =>
                    link.Organisation.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault() ?? link.Organisation.Slug).ToList(),
                i.Areas.Where(link => areaIds.Contains(link.CooperationAreaId)).Select(link =>
                    link.CooperationArea.Translations.Where(t => t.Language == language).Select(t => t.Name).FirstOrDefault() ?? link.CooperationArea.Slug).ToList(),
                i.UpdatedAt)).AsSplitQuery(),
            row =>
            {
                var name = row.Name.For(language);
                return new TableRow(
                [
                    new TableCell(name.Text, Href: Links.RecordPage(language, RecordKind.Initiatives, row.Id, row.Name.Slug, row.Publication), Language: name.Language == language ? null : name.Language),
                    new TableCell(T.Name(row.Publication)),
                    new TableCell(T.Name(row.Status)),
                    new TableCell(row.Start?.Format(language) ?? string.Empty, row.Start),
                    new TableCell(string.Join(' ', row.Countries.Order(StringComparer.Ordinal))),
                    new TableCell(string.Join(", ", row.LeadOrganisations.Order(StringComparer.Ordinal))),
                    new TableCell(string.Join(", ", row.Areas)),
                    DashboardTables.ChangedAt(row.UpdatedAt),
                ]);
            });
    }

    private RecordList<DashboardMilestone> Milestones(DashboardRequest request, string? show, string? month, string? mstatus)
    {
        var milestones = Query.Milestones(request);
        switch (show)
        {
            case "past":
                milestones = milestones.Where(PillarDashboardQuery.MilestoneWithin(Query.PastWindow));
                Selection.Add(T.PastMonths(Query.Options.RecentMonths));
                break;
            case "next":
                milestones = milestones.Where(PillarDashboardQuery.MilestoneWithin(Query.NextWindow));
                Selection.Add(T.NextMonths(Query.Options.RecentMonths));
                break;
            case "next3":
                milestones = milestones.Where(PillarDashboardQuery.MilestoneWithin(Query.SoonWindow));
                Selection.Add(T.NextMonths(PillarDashboardQuery.HeadlineMonths));
                break;
            case "soon":
                milestones = milestones.Where(PillarDashboardQuery.MilestoneWithin(Query.ComingUpWindow));
                Selection.Add(T.ComingUp(PillarDashboardQuery.ComingUpDays));
                break;
        }

        if (DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            var end = first.AddMonths(1);
            milestones = milestones.Where(m => m.Date.Start >= first && m.Date.Start < end
                && (m.Date.Precision == DatePrecision.Day || m.Date.Precision == DatePrecision.Month));
            Selection.Add(PartialDate.InMonth(first.Year, first.Month).Format(Lang));
        }

        if (Enum.TryParse<MilestoneStatus>(mstatus, out var status) && Enum.IsDefined(status) && !int.TryParse(mstatus, out _))
        {
            milestones = milestones.Where(m => m.Status == status);
            Selection.Add(T.Name(status));
        }

        var language = Lang;
        return new RecordList<DashboardMilestone>(
            [T.Date, T.Milestones, T.Initiative, T.Status, T.Country, T.Publication],
            PillarDashboardQuery.MilestoneItems(milestones.OrderBy(m => m.Date.Start).ThenBy(m => m.Id), language),
            m =>
            {
                var title = m.Title.For(language);
                var initiative = m.Initiative.For(language);
                return new TableRow(
                [
                    new TableCell(m.Date.Format(language), m.Date),
                    new TableCell(title.Text, Language: title.Language == language ? null : title.Language),
                    new TableCell(initiative.Text, Href: Links.RecordPage(language, RecordKind.Initiatives, m.InitiativeId, m.Initiative.Slug, m.Publication), Language: initiative.Language == language ? null : initiative.Language),
                    new TableCell(T.Name(m.Status)),
                    new TableCell(m.CountryCode ?? string.Empty),
                    new TableCell(T.Name(m.Publication)),
                ]);
            });
    }

    private RecordList<DashboardEvent> Events(DashboardRequest request, string? show)
    {
        var events = Query.Events(request);
        switch (show)
        {
            case "upcoming":
                events = events.Where(PillarDashboardQuery.EventWithin(Query.UpcomingEventWindow));
                Selection.Add(T.Upcoming);
                break;
            case "soon":
                events = events.Where(PillarDashboardQuery.EventWithin(Query.ComingUpWindow));
                Selection.Add(T.ComingUp(PillarDashboardQuery.ComingUpDays));
                break;
            case "period":
                events = events.Where(PillarDashboardQuery.EventWithin(Query.RecentWindow(Filter)));
                Selection.Add(PeriodName);
                break;
            case "past":
                events = events.Where(PillarDashboardQuery.EventWithin(Query.PastWindow));
                Selection.Add(T.PastMonths(Query.Options.RecentMonths));
                break;
            case "stale":
                events = events.Where(Query.StaleEvent(request.Now));
                Selection.Add(T.Stale);
                break;
            case "changed":
                var since = Query.ChangedSince(request.Now);
                events = events.Where(e => e.UpdatedAt >= since);
                Selection.Add(T.Changed);
                break;
        }

        var language = Lang;
        return new RecordList<DashboardEvent>(
            [T.Date, T.Events, T.Country, T.Publication],
            PillarDashboardQuery.EventItems(events.OrderBy(e => e.StartDate.Start).ThenBy(e => e.Id), language),
            e =>
            {
                var name = e.Name.For(language);
                return new TableRow(
                [
                    new TableCell(e.Start.Format(language), e.Start),
                    new TableCell(name.Text, Href: Links.RecordPage(language, RecordKind.Events, e.Id, e.Name.Slug, e.Publication), Language: name.Language == language ? null : name.Language),
                    new TableCell(e.CountryCode ?? string.Empty),
                    new TableCell(T.Name(e.Publication)),
                ]);
            });
    }

    public sealed record InitiativeRow(
        int Id, RecordName Name, PublicationStatus Publication, InitiativeStatus Status, DateOnly? StartDay, DatePrecision? StartPrecision,
        List<string> Countries, List<string> LeadOrganisations, List<string> Areas, DateTimeOffset UpdatedAt)
    {
        public PartialDate? Start => StartDay is { } day && StartPrecision is { } precision ? new PartialDate(day, precision) : null;
    }

    /// <summary>A list of one kind of record: its headers, a count and one page of rows as table rows.</summary>
    private abstract class RecordList(IReadOnlyList<string> headers)
    {
        public IReadOnlyList<string> Headers => headers;

        public abstract Task<int> CountAsync(CancellationToken cancellationToken);

        public abstract Task<IReadOnlyList<TableRow>> Rows(int skip, int take, CancellationToken cancellationToken);
    }

    private sealed class RecordList<TRow>(IReadOnlyList<string> headers, IQueryable<TRow> rows, Func<TRow, TableRow> toRow) : RecordList(headers)
    {
        public override Task<int> CountAsync(CancellationToken cancellationToken) => rows.CountAsync(cancellationToken);

        public override async Task<IReadOnlyList<TableRow>> Rows(int skip, int take, CancellationToken cancellationToken) =>
            [.. (await rows.Skip(skip).Take(take).ToListAsync(cancellationToken)).Select(toRow)];
    }
}
