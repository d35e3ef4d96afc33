using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Crosswalk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "area_asean_community",
                columns: table => new
                {
                    cooperation_area_id = table.Column<int>(type: "integer", nullable: false),
                    community = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_area_asean_community", x => new { x.cooperation_area_id, x.community });
                    table.CheckConstraint("ck_area_asean_community_known", "community IN ('PoliticalSecurity', 'Economic', 'SocioCultural')");
                    table.ForeignKey(
                        name: "fk_area_asean_community_cooperation_areas_cooperation_area_id",
                        column: x => x.cooperation_area_id,
                        principalTable: "cooperation_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "area_development_goal",
                columns: table => new
                {
                    cooperation_area_id = table.Column<int>(type: "integer", nullable: false),
                    goal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_area_development_goal", x => new { x.cooperation_area_id, x.goal });
                    table.CheckConstraint("ck_area_development_goal_known", "goal BETWEEN 1 AND 17");
                    table.ForeignKey(
                        name: "fk_area_development_goal_cooperation_areas_cooperation_area_id",
                        column: x => x.cooperation_area_id,
                        principalTable: "cooperation_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "area_asean_community");

            migrationBuilder.DropTable(
                name: "area_development_goal");
        }
    }
}
