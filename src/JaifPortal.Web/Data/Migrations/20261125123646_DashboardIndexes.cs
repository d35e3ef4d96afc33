using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// Indexes the pillar dashboards need at the generator's size (docs/dashboards.md, docs/benchmarks.md):
    /// milestone and event dates for the timeline, "coming up" and year filters, and the records' last
    /// change for "changed recently" and "stale". The dates live in complex-type columns, which EF's
    /// model cannot index, so the indexes are plain SQL.
    /// </summary>
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_milestones_date ON milestones (date) INCLUDE (initiative_id, date_precision, status);");
            migrationBuilder.Sql("CREATE INDEX ix_events_start_date ON events (start_date);");
            migrationBuilder.Sql("CREATE INDEX ix_initiatives_updated_at ON initiatives (updated_at);");
            migrationBuilder.Sql("CREATE INDEX ix_events_updated_at ON events (updated_at);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_events_updated_at;");
            migrationBuilder.Sql("DROP INDEX ix_initiatives_updated_at;");
            migrationBuilder.Sql("DROP INDEX ix_events_start_date;");
            migrationBuilder.Sql("DROP INDEX ix_milestones_date;");
        }
    }
}
