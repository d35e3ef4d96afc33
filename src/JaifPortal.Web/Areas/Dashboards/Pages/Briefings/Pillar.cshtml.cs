using JaifPortal.Web.Areas.Dashboards.Briefings;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards.Pages.Briefings;

/// <summary>
/// A pillar's pack: the public figures of its dashboard, under the dashboard's filter when one is
/// given (e.g. one country), with the initiatives behind them and what is coming.
/// </summary>
public sealed class PillarModel(PortalDbContext db, TimeProvider clock, PillarDashboardQuery dashboards, DashboardLinks links) : BriefingPageModel(db, clock)
{
    public PillarContext Pillar { get; private set; } = null!;

    public DashboardText DashboardText => DashboardText.For(Lang);

    public DashboardFilter Filter { get; private set; } = DashboardFilter.None;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public DashboardTables Tables { get; private set; } = null!;

    public Coverage Coverage { get; private set; } = null!;

    /// <summary>The internal pack judges each area of the plan ("Nothing recent", "Nothing behind it").</summary>
    protected override bool HoldsJudgements => true;

    public IReadOnlyList<CountRow> ByStatus { get; private set; } = [];

    public IReadOnlyList<CountRow> ByCountry { get; private set; } = [];

    public IReadOnlyList<FigureTotal> Figures { get; private set; } = [];

    public Timeline Timeline { get; private set; } = null!;

    public IReadOnlyList<DashboardEvent> UpcomingEvents { get; private set; } = [];

    public IReadOnlyList<BriefingInitiative> Initiatives { get; private set; } = [];

    public int InitiativeTotal { get; private set; }

    /// <summary>The headline's milestones and events to come, all of them, not the length of the lists.</summary>
    public (int Milestones, int Events) UpcomingCounts { get; private set; }

    public ComingUp ComingUp { get; private set; } = null!;

    /// <summary>The period the filter judges what is recent by, named for running text.</summary>
    public string PeriodName => DashboardText.PeriodName(Filter.Period, dashboards.Today, dashboards.Options.RecentMonths);

    /// <summary>The filter in words, so a printed pack says what it is limited to.</summary>
    public IReadOnlyList<string> FilterSummary { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string pillar, CancellationToken cancellationToken)
    {
        if (FilterKeys.AddressWithoutRenamedKeys(Request) is { } renamed)
        {
            return RedirectPermanent(renamed);
        }

        if (await dashboards.FindPillarAsync(pillar, cancellationToken) is not { } context)
        {
            return NotFound();
        }

        Pillar = context;
        var (filter, problems) = await DashboardFilterReader.ReadAsync(Db, context.Pillar.Id, Request.Query, DashboardText, cancellationToken);

        // A pack may leave the Mission, so whatever the address says it holds published records only (WorkInProgressRefused).
        Filter = filter with { IncludeWorkInProgress = false };
        Problems = problems;
        var request = dashboards.Request(context, Filter, DashboardScope.Internal, Lang);
        Tables = new DashboardTables(DashboardText, FigureLinks.Public(links, Lang, context.Pillar.Key), dashboards.Options, publishedOnly: true);
        Coverage = await dashboards.CoverageAsync(request, cancellationToken);
        ByStatus = await dashboards.ByStatusAsync(request, cancellationToken);
        ByCountry = await dashboards.ByCountryAsync(request, cancellationToken);
        Figures = await dashboards.FiguresAsync(request, cancellationToken);
        Timeline = await dashboards.TimelineAsync(request, cancellationToken);
        UpcomingEvents = await dashboards.UpcomingEventsAsync(request, cancellationToken);
        UpcomingCounts = await dashboards.UpcomingCountsAsync(request, cancellationToken);

        var initiatives = dashboards.Initiatives(request);
        InitiativeTotal = await initiatives.CountAsync(cancellationToken);
        Initiatives = await BriefingQueries.SummariesAsync(initiatives, cancellationToken);

        ComingUp = new ComingUp(
            [.. Timeline.Next.Select(m => new ComingUpItem(m.Date, m.Title.For(Lang), m.Initiative.For(Lang)))
                .Concat(UpcomingEvents.Select(e => new ComingUpItem(e.Start, e.Name.For(Lang), null)))
                .OrderBy(item => item.Date.Start)
                .Take(ComingUpItems)],
            Lang);
        FilterSummary = await DescribeFilterAsync(cancellationToken);
        var pillarName = context.Pillar.NameIn(Lang, publishedOnly: true);
        await NoteRecordUsedAsync(RecordTypes.Pillar, context.Pillar.Id, pillarName.Text, pillarName.Language ?? Lang, null, cancellationToken);
        await NoteInitiativesUsedAsync(Initiatives, cancellationToken);
        return Page();
    }

    private async Task<IReadOnlyList<string>> DescribeFilterAsync(CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (Filter.Country is { } country)
        {
            var names = await Db.Countries.Where(c => c.Id == country.Id).SelectMany(c => c.Translations).ToListAsync(cancellationToken);
            parts.Add(TranslationSelection.Select(names, Lang, ContentLanguage.English)?.Text.Name ?? country.Key);
        }

        if (Filter.Area is { } area && Pillar.Areas.FirstOrDefault(a => a.Id == area.Id) is { } named)
        {
            parts.Add(named.NameIn(Lang, publishedOnly: true).Text);
        }

        if (Filter.Status is { } status)
        {
            parts.Add(T.Name(status));
        }

        if (Filter.Organisation is { } organisation)
        {
            var names = await Db.Organisations.Where(o => o.Id == organisation.Id).SelectMany(o => o.Translations).ToListAsync(cancellationToken);
            parts.Add(TranslationSelection.Select(names, Lang, ContentLanguage.English)?.Text.Name ?? organisation.Key);
        }

        if (Filter.Period != ReportingPeriod.LastMonths)
        {
            parts.Add(DashboardText.InPeriod(PeriodName));
        }

        if (Filter.HasYears)
        {
            parts.Add($"{Filter.YearFrom}–{Filter.YearTo}");
        }

        return parts;
    }
}
