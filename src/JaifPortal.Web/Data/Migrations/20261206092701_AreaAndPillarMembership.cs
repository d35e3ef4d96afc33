using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// The areas and the pillars of each initiative and event, on the record's own row. Every query of a
    /// pillar dashboard starts from "the pillar's initiatives" or "the pillar's events", and the area and
    /// pillar facets count records by their areas; joining the links (and the areas, for the pillars)
    /// for that cost each query 5–10 ms at 10,000 initiatives (docs/benchmarks.md, ADR 14). Triggers keep
    /// the columns: deferred to the commit, so the portal's own save of a record (which checks xmin)
    /// never meets a row a trigger has just changed, and re-reading the links after locking the record,
    /// so the result is right however many of them a transaction changed and whoever else changed them at
    /// the same time. The trigger is named to fire before the content version's on the same row
    /// (PostgreSQL fires them in name order), so a commit waiting for a record's lock does not hold the
    /// content version meanwhile, which the transaction holding the record needs to commit. Moving an
    /// area to another pillar refreshes its records.
    /// </summary>
    public partial class AreaAndPillarMembership : Migration
    {
        /// <summary>The records, the table linking them to areas, and the name of their key there.</summary>
        private static readonly (string Records, string Links, string Key)[] Memberships =
            [("initiatives", "initiative_area", "initiative"), ("events", "event_area", "event")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<int>>(
                name: "area_ids",
                table: "initiatives",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<int>>(
                name: "pillar_ids",
                table: "initiatives",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<int>>(
                name: "area_ids",
                table: "events",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<int>>(
                name: "pillar_ids",
                table: "events",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            foreach (var (records, links, key) in Memberships)
            {
                migrationBuilder.Sql($$"""
                    CREATE FUNCTION refresh_{{key}}_membership(changed integer[]) RETURNS void LANGUAGE plpgsql AS $body$
                    BEGIN
                        -- Lock the records first (in id order, so two refreshes never wait on each other in a
                        -- circle), then read the links in a statement of its own: it sees what a concurrent
                        -- transaction committed while this one waited, so neither overwrites the other's areas.
                        PERFORM 1 FROM {{records}} WHERE id = ANY (changed) ORDER BY id FOR NO KEY UPDATE;
                        UPDATE {{records}} record SET area_ids = kept.area_ids, pillar_ids = kept.pillar_ids
                        FROM (
                            SELECT linked.id,
                                coalesce(array_agg(link.cooperation_area_id ORDER BY link.cooperation_area_id)
                                    FILTER (WHERE link.cooperation_area_id IS NOT NULL), '{}') AS area_ids,
                                coalesce(array_agg(DISTINCT area.pillar_id ORDER BY area.pillar_id)
                                    FILTER (WHERE area.pillar_id IS NOT NULL), '{}') AS pillar_ids
                            FROM {{records}} linked
                            LEFT JOIN {{links}} link ON link.{{key}}_id = linked.id
                            LEFT JOIN cooperation_areas area ON area.id = link.cooperation_area_id
                            WHERE linked.id = ANY (changed)
                            GROUP BY linked.id) kept
                        WHERE record.id = kept.id
                            AND (record.area_ids, record.pillar_ids) IS DISTINCT FROM (kept.area_ids, kept.pillar_ids);
                    END
                    $body$;

                    CREATE FUNCTION {{links}}_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
                    BEGIN
                        PERFORM refresh_{{key}}_membership(ARRAY[
                            CASE WHEN TG_OP <> 'INSERT' THEN OLD.{{key}}_id END,
                            CASE WHEN TG_OP <> 'DELETE' THEN NEW.{{key}}_id END]);
                        RETURN NULL;
                    END
                    $body$;

                    CREATE CONSTRAINT TRIGGER {{links}}_aligns_membership AFTER INSERT OR UPDATE OR DELETE ON {{links}}
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {{links}}_changed();

                    CREATE FUNCTION {{links}}_emptied() RETURNS trigger LANGUAGE plpgsql AS $body$
                    BEGIN
                        UPDATE {{records}} SET area_ids = '{}', pillar_ids = '{}' WHERE area_ids <> '{}' OR pillar_ids <> '{}';
                        RETURN NULL;
                    END
                    $body$;

                    CREATE TRIGGER {{links}}_truncate_clears_membership AFTER TRUNCATE ON {{links}}
                        FOR EACH STATEMENT EXECUTE FUNCTION {{links}}_emptied();

                    SELECT refresh_{{key}}_membership(ARRAY(SELECT id FROM {{records}}));
                    """);
            }

            migrationBuilder.Sql("""
                CREATE FUNCTION cooperation_area_moved() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    PERFORM refresh_initiative_membership(ARRAY(SELECT initiative_id FROM initiative_area WHERE cooperation_area_id = NEW.id));
                    PERFORM refresh_event_membership(ARRAY(SELECT event_id FROM event_area WHERE cooperation_area_id = NEW.id));
                    RETURN NULL;
                END
                $body$;

                CREATE TRIGGER cooperation_areas_moved_refreshes_membership AFTER UPDATE OF pillar_id ON cooperation_areas
                    FOR EACH ROW WHEN (OLD.pillar_id IS DISTINCT FROM NEW.pillar_id) EXECUTE FUNCTION cooperation_area_moved();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER cooperation_areas_moved_refreshes_membership ON cooperation_areas;
                DROP FUNCTION cooperation_area_moved();
                """);
            foreach (var (_, links, key) in Memberships)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {links}_truncate_clears_membership ON {links};
                    DROP FUNCTION {links}_emptied();
                    DROP TRIGGER {links}_aligns_membership ON {links};
                    DROP FUNCTION {links}_changed();
                    DROP FUNCTION refresh_{key}_membership(integer[]);
                    """);
            }

            migrationBuilder.DropColumn(
                name: "area_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "pillar_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "area_ids",
                table: "events");

            migrationBuilder.DropColumn(
                name: "pillar_ids",
                table: "events");
        }
    }
}
