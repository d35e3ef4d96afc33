using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// What the public lists filter, count and sort initiatives by, kept on each initiative's row like its areas
    /// and pillars (ADR 17): the countries it takes place in (its own and its milestones'), the organisations
    /// taking part and its place in the plan's order. With them a list reads one partial index in plan order,
    /// the country and organisation filters are GIN lookups, and facets count the rows a filter leaves without
    /// joining links. The refresh follows refresh_initiative_membership: deferred constraint triggers, rows
    /// locked in id order before the links are read, trigger names that sort before the content version's.
    /// </summary>
    public partial class InitiativeListing : Migration
    {
        /// <summary>The link tables whose rows name an initiative by initiative_id, and what changes of them matter.</summary>
        private static readonly (string Table, string Events)[] Links =
        [
            ("initiative_country", "INSERT OR UPDATE OR DELETE"),
            ("initiative_organisation", "INSERT OR UPDATE OR DELETE"),
            ("initiative_area", "INSERT OR UPDATE OR DELETE"),
            ("milestones", "INSERT OR DELETE OR UPDATE OF country_id, initiative_id"),
        ];
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<int>>(
                name: "country_ids",
                table: "initiatives",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<int>>(
                name: "organisation_ids",
                table: "initiatives",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<int>(
                name: "plan_order",
                table: "initiatives",
                type: "integer",
                nullable: true);

            migrationBuilder.Sql("""
                CREATE FUNCTION refresh_initiative_listing(changed integer[]) RETURNS void LANGUAGE plpgsql AS $body$
                BEGIN
                    PERFORM 1 FROM initiatives WHERE id = ANY (changed) ORDER BY id FOR NO KEY UPDATE;
                    UPDATE initiatives record
                    SET country_ids = kept.country_ids, organisation_ids = kept.organisation_ids, plan_order = kept.plan_order
                    FROM (
                        SELECT listed.id,
                            ARRAY(SELECT link.country_id FROM initiative_country link WHERE link.initiative_id = listed.id
                                UNION SELECT milestone.country_id FROM milestones milestone
                                    WHERE milestone.initiative_id = listed.id AND milestone.country_id IS NOT NULL
                                ORDER BY 1) AS country_ids,
                            ARRAY(SELECT DISTINCT link.organisation_id FROM initiative_organisation link
                                WHERE link.initiative_id = listed.id ORDER BY 1) AS organisation_ids,
                            (SELECT min(pillar.number * 100 + area.sort_order) FROM initiative_area link
                                JOIN cooperation_areas area ON area.id = link.cooperation_area_id
                                JOIN pillars pillar ON pillar.id = area.pillar_id
                                WHERE link.initiative_id = listed.id) AS plan_order
                        FROM initiatives listed
                        WHERE listed.id = ANY (changed)) kept
                    WHERE record.id = kept.id
                        AND (record.country_ids, record.organisation_ids, record.plan_order)
                            IS DISTINCT FROM (kept.country_ids, kept.organisation_ids, kept.plan_order);
                END
                $body$;

                CREATE FUNCTION initiative_link_changed_listing() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    PERFORM refresh_initiative_listing(ARRAY[
                        CASE WHEN TG_OP <> 'INSERT' THEN OLD.initiative_id END,
                        CASE WHEN TG_OP <> 'DELETE' THEN NEW.initiative_id END]);
                    RETURN NULL;
                END
                $body$;

                CREATE FUNCTION initiative_links_emptied_listing() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    PERFORM refresh_initiative_listing(ARRAY(SELECT id FROM initiatives));
                    RETURN NULL;
                END
                $body$;

                CREATE FUNCTION cooperation_area_reordered() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    PERFORM refresh_initiative_listing(ARRAY(SELECT initiative_id FROM initiative_area WHERE cooperation_area_id = NEW.id));
                    RETURN NULL;
                END
                $body$;

                CREATE TRIGGER cooperation_areas_reordered_refreshes_listing AFTER UPDATE OF pillar_id, sort_order ON cooperation_areas
                    FOR EACH ROW WHEN (OLD.pillar_id IS DISTINCT FROM NEW.pillar_id OR OLD.sort_order IS DISTINCT FROM NEW.sort_order)
                    EXECUTE FUNCTION cooperation_area_reordered();

                CREATE FUNCTION pillar_renumbered() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    PERFORM refresh_initiative_listing(ARRAY(
                        SELECT link.initiative_id FROM initiative_area link
                        JOIN cooperation_areas area ON area.id = link.cooperation_area_id
                        WHERE area.pillar_id = NEW.id));
                    RETURN NULL;
                END
                $body$;

                CREATE TRIGGER pillars_renumbered_refreshes_listing AFTER UPDATE OF number ON pillars
                    FOR EACH ROW WHEN (OLD.number IS DISTINCT FROM NEW.number) EXECUTE FUNCTION pillar_renumbered();
                """);
            foreach (var (table, events) in Links)
            {
                migrationBuilder.Sql($"""
                    CREATE CONSTRAINT TRIGGER {table}_aligns_listing AFTER {events} ON {table}
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_link_changed_listing();
                    CREATE TRIGGER {table}_truncate_refreshes_listing AFTER TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION initiative_links_emptied_listing();
                    """);
            }

            migrationBuilder.Sql("""
                CREATE INDEX ix_initiatives_listing ON initiatives (plan_order, slug)
                    INCLUDE (id, status, start_date, pillar_ids, area_ids, country_ids, organisation_ids) WHERE publication = 'Published';
                CREATE INDEX ix_initiatives_published_countries ON initiatives USING gin (country_ids) WHERE publication = 'Published';
                CREATE INDEX ix_initiatives_published_organisations ON initiatives USING gin (organisation_ids) WHERE publication = 'Published';
                -- The dashboards count drafts and records in review too, so the areas' and pillars' indexes cover every row.
                CREATE INDEX ix_initiatives_areas ON initiatives USING gin (area_ids);
                CREATE INDEX ix_initiatives_pillars ON initiatives USING gin (pillar_ids);
                CREATE INDEX ix_events_areas ON events USING gin (area_ids);
                CREATE INDEX ix_events_pillars ON events USING gin (pillar_ids);

                -- Last: the fill queues deferred trigger events on the table, after which PostgreSQL refuses CREATE INDEX on it.
                SELECT refresh_initiative_listing(ARRAY(SELECT id FROM initiatives));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_events_pillars;
                DROP INDEX ix_events_areas;
                DROP INDEX ix_initiatives_pillars;
                DROP INDEX ix_initiatives_areas;
                DROP INDEX ix_initiatives_published_organisations;
                DROP INDEX ix_initiatives_published_countries;
                DROP INDEX ix_initiatives_listing;
                """);
            foreach (var (table, _) in Links)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_truncate_refreshes_listing ON {table}; DROP TRIGGER {table}_aligns_listing ON {table};");
            }

            migrationBuilder.Sql("""
                DROP TRIGGER pillars_renumbered_refreshes_listing ON pillars;
                DROP FUNCTION pillar_renumbered();
                DROP TRIGGER cooperation_areas_reordered_refreshes_listing ON cooperation_areas;
                DROP FUNCTION cooperation_area_reordered();
                DROP FUNCTION initiative_links_emptied_listing();
                DROP FUNCTION initiative_link_changed_listing();
                DROP FUNCTION refresh_initiative_listing(integer[]);
                """);

            migrationBuilder.DropColumn(
                name: "country_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "organisation_ids",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "plan_order",
                table: "initiatives");
        }
    }
}
