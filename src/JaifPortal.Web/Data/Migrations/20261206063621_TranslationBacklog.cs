using System;
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
        private static readonly (string Records, string Translations, string Key, string Backlog)[] Kinds =
        [
            ("initiatives", "initiative_translation", "initiative_id", "initiative_translation_backlog"),
            ("events", "event_translation", "event_id", "event_translation_backlog"),
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

            foreach (var kind in Kinds)
            {
                migrationBuilder.Sql(KeepBacklog(kind));
            }
        }

        private static string KeepBacklog((string Records, string Translations, string Key, string Backlog) kind)
        {
            var (records, translations, key, backlog) = kind;
            return $$"""
                CREATE FUNCTION refresh_{{backlog}}(record_ids integer[]) RETURNS void LANGUAGE sql AS $body$
                    -- Two transactions refreshing one record take turns (in id order, so never in a circle),
                    -- and each later statement sees what the other committed.
                    SELECT 1 FROM {{records}} WHERE id = ANY (record_ids) ORDER BY id FOR NO KEY UPDATE;
                    DELETE FROM {{backlog}} WHERE {{key}} = ANY (record_ids);
                    INSERT INTO {{backlog}} ({{key}}, lags_original, oldest_unready_at)
                    SELECT id, lags_original, oldest_unready_at FROM (
                        SELECT r.id,
                            EXISTS (
                                SELECT 1 FROM {{translations}} t
                                JOIN {{translations}} o ON o.{{key}} = t.{{key}} AND o.language = r.original_language
                                WHERE t.{{key}} = r.id AND t.language <> r.original_language AND o.text_updated_at > t.text_updated_at) AS lags_original,
                            (SELECT min(t.text_updated_at) FROM {{translations}} t WHERE t.{{key}} = r.id AND t.state <> 'Ready') AS oldest_unready_at
                        FROM {{records}} r
                        WHERE r.id = ANY (record_ids)) AS owed
                    WHERE lags_original OR oldest_unready_at IS NOT NULL
                    ON CONFLICT ({{key}}) DO UPDATE SET lags_original = EXCLUDED.lags_original, oldest_unready_at = EXCLUDED.oldest_unready_at;
                $body$;

                CREATE FUNCTION {{backlog}}_after_translations() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM refresh_{{backlog}}(ARRAY(SELECT DISTINCT {{key}} FROM new_rows));
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM refresh_{{backlog}}(ARRAY(SELECT DISTINCT {{key}} FROM old_rows));
                    ELSE
                        PERFORM refresh_{{backlog}}(ARRAY(SELECT {{key}} FROM old_rows UNION SELECT {{key}} FROM new_rows));
                    END IF;
                    RETURN NULL;
                END
                $body$;

                CREATE TRIGGER {{backlog}}_after_insert AFTER INSERT ON {{translations}}
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {{backlog}}_after_translations();
                CREATE TRIGGER {{backlog}}_after_update AFTER UPDATE ON {{translations}}
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {{backlog}}_after_translations();
                CREATE TRIGGER {{backlog}}_after_delete AFTER DELETE ON {{translations}}
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {{backlog}}_after_translations();

                CREATE FUNCTION {{backlog}}_after_original_language() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    PERFORM refresh_{{backlog}}(ARRAY[NEW.id]);
                    RETURN NULL;
                END
                $body$;

                CREATE TRIGGER {{backlog}}_after_original_language AFTER UPDATE OF original_language ON {{records}}
                    FOR EACH ROW WHEN (OLD.original_language IS DISTINCT FROM NEW.original_language)
                    EXECUTE FUNCTION {{backlog}}_after_original_language();

                SELECT refresh_{{backlog}}(ARRAY(SELECT id FROM {{records}}));
                """;
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (records, translations, _, backlog) in Kinds)
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
