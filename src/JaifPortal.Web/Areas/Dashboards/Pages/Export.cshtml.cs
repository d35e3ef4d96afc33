using JaifPortal.Web.Areas.Discovery;
using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Dashboards.Pages;

/// <summary>One table of a pillar dashboard, under the same filter, as CSV or XLSX with headers in the page's language.</summary>
public sealed class ExportModel(PortalDbContext db, PillarDashboardQuery query, DashboardLinks links) : DashboardPageModel(db, query, links)
{
    public async Task<IActionResult> OnGetAsync(string pillar, [FromQuery] string? table, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        if (await LoadPillarAsync(pillar, cancellationToken) is { } redirect)
        {
            return redirect;
        }

        if (!TableExport.IsFormat(format) || table is null || !DashboardTables.All.Contains(table))
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = T.UnknownExport(string.Join(", ", DashboardTables.All)),
            };
        }

        var request = DashboardRequest();
        var tables = Tables();
        var block = table switch
        {
            DashboardTables.CoverageTable => tables.Coverage(await Query.CoverageAsync(request, cancellationToken), period: PeriodName),
            DashboardTables.StatusTable => tables.Status(await Query.ByStatusAsync(request, cancellationToken)),
            DashboardTables.CountryTable => tables.Countries(await Query.ByCountryAsync(request, cancellationToken)),
            DashboardTables.OrganisationTable => tables.Organisations((await Query.ByLeadOrganisationAsync(request, cancellationToken)).Rows, 0, 0),
            DashboardTables.YearTable => tables.Years(await Query.ByYearAsync(request, cancellationToken), 0),
            DashboardTables.FigureTable => tables.Figures(await Query.FiguresAsync(request, cancellationToken)),
            DashboardTables.EventTable => tables.Events(await Query.UpcomingEventsAsync(request, cancellationToken), null),
            DashboardTables.ChangedTable => await ChangedAsync(),
            DashboardTables.StaleTable => await StaleAsync(),
            DashboardTables.InitiativeYearsTable => tables.LastYears(RecordKind.Initiatives,
                PillarDashboardQuery.InitiativesInLastYears(await Query.ByYearAsync(request, cancellationToken), request.Today)),
            DashboardTables.MilestoneYearsTable => tables.LastYears(RecordKind.Milestones, await Query.MilestonesInLastYearsAsync(request, cancellationToken)),
            _ => await TimelineAsync(),
        };
        return await TableExport.CreateAsync(block.Table.ToExport(), format!, $"jaif-pillar{Pillar.Number}-{table}-{Filter.CountedInFileName}{Filter.PeriodInFileName(request.Today)}-{Lang}", cancellationToken);

        async Task<ChartWithTable> ChangedAsync()
        {
            var (rows, count) = await Query.ChangedAsync(request, cancellationToken);
            return tables.Changed(rows, count, null);
        }

        async Task<ChartWithTable> StaleAsync()
        {
            var (rows, count) = await Query.StaleAsync(request, cancellationToken);
            return tables.Stale(rows, count, null);
        }

        async Task<ChartWithTable> TimelineAsync()
        {
            var timeline = await Query.TimelineAsync(request, cancellationToken);
            var months = Query.Options.RecentMonths;
            return table switch
            {
                DashboardTables.PastTable => tables.Milestones(table, T.PastMonths(months), timeline.Past, null),
                DashboardTables.NextTable => tables.Milestones(table, T.NextMonths(months), timeline.Next, null),
                _ => tables.Months(timeline, request.Today),
            };
        }
    }
}
