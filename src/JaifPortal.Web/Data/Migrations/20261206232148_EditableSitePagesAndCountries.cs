using JaifPortal.Web.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// Administrators edit the countries and the About and Contact pages in the back office, so both check
    /// PostgreSQL's xmin on save (a system column: no column is added), and the site pages' tables raise the
    /// content version, so the public pages show a save at once.
    /// </summary>
    public partial class EditableSitePagesAndCountries : Migration
    {
        /// <summary>The tables Triggers/content_version_site_pages.sql gives the triggers that Down drops.</summary>
        private static readonly string[] NewContentTables = ["site_pages", "site_page_translation"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "site_pages",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "countries",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.SqlFile("Triggers/content_version_site_pages.sql", sha256: "ad85e83836c6");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in NewContentTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_truncate_bumps_content_version ON {table}; DROP TRIGGER {table}_bumps_content_version ON {table};");
            }

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "site_pages");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "countries");
        }
    }
}
