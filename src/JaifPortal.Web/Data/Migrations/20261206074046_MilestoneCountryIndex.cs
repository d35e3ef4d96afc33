using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// The countries of an initiative's milestones, found by initiative: the country facet of a search and
    /// of the initiative list counts an initiative for each country its milestones name, and without this
    /// index PostgreSQL read all 100,000 milestones for a few hundred matched initiatives (45 ms; 11 ms
    /// with it, docs/benchmarks.md). Partial, because most milestones name no country, and covering, so
    /// the count never visits the table. A plain SQL index, as the dates' are (DashboardIndexes).
    /// </summary>
    public partial class MilestoneCountryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_milestones_initiative_country ON milestones (initiative_id) INCLUDE (country_id) WHERE country_id IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_milestones_initiative_country;");
        }
    }
}
