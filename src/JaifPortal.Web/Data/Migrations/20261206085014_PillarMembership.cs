using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// The pillars of each initiative's and event's areas, on the record's own row. Every query of a
    /// pillar dashboard starts from "the pillar's initiatives" or "the pillar's events"; joining the
    /// areas for that cost each query 5–10 ms at 10,000 initiatives (docs/benchmarks.md). Triggers keep
    /// the column: deferred to the commit, so the portal's own save of a record (which checks xmin)
    /// never meets a row a trigger has just changed, and re-reading the areas, so the result is right
    /// however many of them a transaction changed. Moving an area to another pillar refreshes its records.
    /// </summary>
    public partial class PillarMembership : Migration
    {
        /// <summary>The records, the table linking them to areas, and the name of their key there.</summary>
        private static readonly (string Records, string Links, string Key)[] Memberships =
            [("initiatives", "initiative_area", "initiative"), ("events", "event_area", "event")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<int>>(
                name: "pillar_ids",
                table: "initiatives",
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
                    CREATE FUNCTION {{key}}_pillar_ids(record integer) RETURNS integer[] LANGUAGE sql STABLE AS $body$
                        SELECT coalesce(array_agg(DISTINCT area.pillar_id ORDER BY area.pillar_id), '{}')
                        FROM {{links}} link JOIN cooperation_areas area ON area.id = link.cooperation_area_id
                        WHERE link.{{key}}_id = record
                    $body$;

                    CREATE FUNCTION refresh_{{key}}_pillars() RETURNS trigger LANGUAGE plpgsql AS $body$
                    DECLARE
                        changed integer;
                    BEGIN
                        FOREACH changed IN ARRAY ARRAY[
                            CASE WHEN TG_OP <> 'INSERT' THEN OLD.{{key}}_id END,
                            CASE WHEN TG_OP <> 'DELETE' THEN NEW.{{key}}_id END]
                        LOOP
                            UPDATE {{records}} SET pillar_ids = {{key}}_pillar_ids(id)
                            WHERE id = changed AND pillar_ids IS DISTINCT FROM {{key}}_pillar_ids(id);
                        END LOOP;
                        RETURN NULL;
                    END
                    $body$;

                    CREATE CONSTRAINT TRIGGER {{links}}_refreshes_pillars AFTER INSERT OR UPDATE OR DELETE ON {{links}}
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refresh_{{key}}_pillars();

                    CREATE FUNCTION clear_{{key}}_pillars() RETURNS trigger LANGUAGE plpgsql AS $body$
                    BEGIN
                        UPDATE {{records}} SET pillar_ids = '{}' WHERE pillar_ids <> '{}';
                        RETURN NULL;
                    END
                    $body$;

                    CREATE TRIGGER {{links}}_truncate_clears_pillars AFTER TRUNCATE ON {{links}}
                        FOR EACH STATEMENT EXECUTE FUNCTION clear_{{key}}_pillars();

                    UPDATE {{records}} SET pillar_ids = {{key}}_pillar_ids(id);
                    """);
            }

            migrationBuilder.Sql("""
                CREATE FUNCTION refresh_pillars_of_moved_area() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    UPDATE initiatives SET pillar_ids = initiative_pillar_ids(id)
                    WHERE id IN (SELECT initiative_id FROM initiative_area WHERE cooperation_area_id = NEW.id);
                    UPDATE events SET pillar_ids = event_pillar_ids(id)
                    WHERE id IN (SELECT event_id FROM event_area WHERE cooperation_area_id = NEW.id);
                    RETURN NULL;
                END
                $body$;

                CREATE TRIGGER cooperation_areas_moved_refreshes_pillars AFTER UPDATE OF pillar_id ON cooperation_areas
                    FOR EACH ROW WHEN (OLD.pillar_id IS DISTINCT FROM NEW.pillar_id) EXECUTE FUNCTION refresh_pillars_of_moved_area();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER cooperation_areas_moved_refreshes_pillars ON cooperation_areas;
                DROP FUNCTION refresh_pillars_of_moved_area();
                """);
            foreach (var (_, links, key) in Memberships)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {links}_truncate_clears_pillars ON {links};
                    DROP FUNCTION clear_{key}_pillars();
                    DROP TRIGGER {links}_refreshes_pillars ON {links};
                    DROP FUNCTION refresh_{key}_pillars();
                    DROP FUNCTION {key}_pillar_ids(integer);
                    """);
            }

            migrationBuilder.DropColumn(
                name: "pillar_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "pillar_ids",
                table: "events");
        }
    }
}
