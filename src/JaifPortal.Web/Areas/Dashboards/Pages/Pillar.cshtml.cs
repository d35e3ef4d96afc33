using JaifPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Dashboards.Pages;

/// <summary>One pillar's dashboard for officials: coverage of its commitments, breakdowns, key figures, timeline, changed and stale records.</summary>
public sealed class PillarModel(PortalDbContext db, PillarDashboardQuery query, DashboardLinks links) : DashboardPageModel(db, query, links)
{
    public PillarDashboard Dashboard { get; private set; } = null!;

    public DashboardTables Figures { get; private set; } = null!;

    public DashboardOptions Options => Query.Options;

    /// <summary>The first day of next month, which the link to the calendar opens on.</summary>
    public DateOnly NextMonth => MonthCalendar.MonthOf(Query.Today).AddMonths(1);

    public async Task<IActionResult> OnGetAsync(string pillar, CancellationToken cancellationToken)
    {
        if (await LoadPillarAsync(pillar, cancellationToken, alongside: async () => Dashboard = await Query.LoadAsync(DashboardRequest(), cancellationToken)) is { } redirect)
        {
            return redirect;
        }

        Figures = Tables();
        return Page();
    }

    public string RecordsLink(RecordKind kind, params (string Key, string Value)[] values) =>
        Links.Records(Lang, PillarSlug, Filter, kind, values);

    /// <summary>A breakdown in one line: its largest row, or that there is nothing.</summary>
    public string MostOf(IReadOnlyList<CountRow> rows) =>
        rows.MaxBy(row => row.Count) is { Count: > 0 } most ? T.Most(most.Label.Text, most.Count) : T.Nothing;

    public IEnumerable<LabelText> AreaNames(Func<AreaCoverage, bool> which) =>
        Dashboard.Coverage.Areas.Where(which).Select(a => a.Area.NameIn(Lang, Filter.PublishedOnly));
}
