using System;
using JaifPortal.Web.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// The translation backlog of each initiative and event (Domain/TranslationBacklog.cs), kept by
    /// triggers so every way a translation is written (editors, seeding, the data generator's COPY)
    /// keeps it true, and so the dashboards' "stale" lists need not compare every translation with its
    /// original on each request (docs/benchmarks.md). Statement-level triggers with transition tables
    /// refresh each touched record once per statement; a change of a record's original language
    /// refreshes it through a row-level trigger.
    /// </summary>
    public partial class TranslationBacklog : Migration
    {
        /// <summary>The records, their translations and their backlog, whose triggers and functions Down drops.</summary>
        private static readonly (string Records, string Translations, string Backlog)[] Kinds =
        [
            ("initiatives", "initiative_translation", "initiative_translation_backlog"),
            ("events", "event_translation", "event_translation_backlog"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "event_translation_backlog",
                columns: table => new
                {
                    event_id = table.Column<int>(type: "integer", nullable: false),
                    lags_original = table.Column<bool>(type: "boolean", nullable: false),
                    oldest_unready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_translation_backlog", x => x.event_id);
                    table.ForeignKey(
                        name: "fk_event_translation_backlog_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "initiative_translation_backlog",
                columns: table => new
                {
                    initiative_id = table.Column<int>(type: "integer", nullable: false),
                    lags_original = table.Column<bool>(type: "boolean", nullable: false),
                    oldest_unready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_translation_backlog", x => x.initiative_id);
                    table.ForeignKey(
                        name: "fk_initiative_translation_backlog_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.SqlFile("Functions/refresh_initiative_translation_backlog.sql", sha256: "9c595639af21");
            migrationBuilder.SqlFile("Functions/initiative_translation_backlog_after_translations.sql", sha256: "1afeb0dec585");
            migrationBuilder.SqlFile("Functions/initiative_translation_backlog_after_original_language.sql", sha256: "1df9533b62d1");
            migrationBuilder.SqlFile("Functions/refresh_event_translation_backlog.sql", sha256: "c188eb37e091");
            migrationBuilder.SqlFile("Functions/event_translation_backlog_after_translations.sql", sha256: "b97b2bec5fc0");
            migrationBuilder.SqlFile("Functions/event_translation_backlog_after_original_language.sql", sha256: "e76f0e1b7b74");
            migrationBuilder.SqlFile("Triggers/translation_backlog.sql", sha256: "e8021593394a");
            migrationBuilder.Sql("""
                SELECT refresh_initiative_translation_backlog(ARRAY(SELECT id FROM initiatives));
                SELECT refresh_event_translation_backlog(ARRAY(SELECT id FROM events));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (records, translations, backlog) in Kinds)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {backlog}_after_original_language ON {records};
                    DROP TRIGGER {backlog}_after_insert ON {translations};
                    DROP TRIGGER {backlog}_after_update ON {translations};
                    DROP TRIGGER {backlog}_after_delete ON {translations};
                    DROP FUNCTION {backlog}_after_original_language();
                    DROP FUNCTION {backlog}_after_translations();
                    DROP FUNCTION refresh_{backlog}(integer[]);
                    """);
            }

            migrationBuilder.DropTable(
                name: "event_translation_backlog");

            migrationBuilder.DropTable(
                name: "initiative_translation_backlog");
        }
    }
}
