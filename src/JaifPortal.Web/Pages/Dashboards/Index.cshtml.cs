using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Pages.Dashboards;

/// <summary>The three pillars at a glance: coverage of their commitments, initiatives and what is coming up in the next month.</summary>
public sealed class IndexModel(PillarDashboardQuery query) : PublicPageModel
{
    public DashboardText T => DashboardText.For(Lang);

    public IReadOnlyList<PillarSummary> Pillars { get; private set; } = [];

    public string? UnknownPillar { get; private set; }

    public int RecentMonths => query.Options.RecentMonths;

    public async Task OnGetAsync([FromQuery] string? unknown, CancellationToken cancellationToken)
    {
        UnknownPillar = string.IsNullOrWhiteSpace(unknown) ? null : unknown.Trim()[..Math.Min(60, unknown.Trim().Length)];
        var summaries = new List<PillarSummary>();
        foreach (var pillar in await query.AllPillarsAsync(cancellationToken))
        {
            var request = query.Request(pillar, DashboardFilter.None, DashboardScope.Internal, Lang);
            var (milestones, events) = await query.ComingUpAsync(request, cancellationToken);
            summaries.Add(new PillarSummary(pillar, await query.TotalsAsync(request, cancellationToken), await query.CoverageAsync(request, cancellationToken), milestones, events));
        }

        Pillars = summaries;
    }

    public sealed record PillarSummary(PillarContext Pillar, InitiativeTotals Totals, Coverage Coverage, int MilestonesComingUp, int EventsComingUp);
}
