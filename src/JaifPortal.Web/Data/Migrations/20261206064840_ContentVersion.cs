using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// One number that grows with every committed change to the content (records, their texts and
    /// links, the plan's structure), kept by triggers. Pages that keep what they computed from the
    /// content (dashboards, searches) read it to know whether their copy still holds, in every instance
    /// of the portal alike. It is a row, not a sequence, so a reader never sees a new number before the
    /// change it stands for is committed. The triggers are constraint triggers, which PostgreSQL allows
    /// per row only: deferred to the commit, they raise the number once per transaction (the others
    /// return at once), so writers hold the row only while they commit; a bulk COPY queues one quick
    /// call per row. TRUNCATE fires no row trigger, so a statement trigger catches it.
    /// </summary>
    public partial class ContentVersion : Migration
    {
        /// <summary>The tables whose rows the content is made of; a new content table needs the trigger too.</summary>
        private static readonly string[] ContentTables =
        [
            "frameworks", "partnership_framework_translation", "pillars", "pillar_translation", "cooperation_areas", "cooperation_area_translation",
            "area_asean_community", "area_development_goal", "countries", "country_translation", "organisations", "organisation_translation",
            "people", "person_translation", "initiatives", "initiative_translation", "initiative_area", "initiative_country",
            "initiative_organisation", "key_figures", "key_figure_translation", "milestones", "milestone_translation",
            "external_links", "external_link_translation", "events", "event_translation", "event_area", "event_initiative",
            "event_organisation", "event_participant",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE content_version (
                    id integer PRIMARY KEY CHECK (id = 1),
                    value bigint NOT NULL);
                INSERT INTO content_version (id, value) VALUES (1, 1);

                CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    IF current_setting('jaifportal.content_version_bumped', true) IS DISTINCT FROM 'yes' THEN
                        UPDATE content_version SET value = value + 1 WHERE id = 1;
                        PERFORM set_config('jaifportal.content_version_bumped', 'yes', true);
                    END IF;
                    RETURN NULL;
                END
                $body$;
                """);
            foreach (var table in ContentTables)
            {
                migrationBuilder.Sql($"""
                    CREATE CONSTRAINT TRIGGER {table}_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON {table}
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_content_version();
                    CREATE TRIGGER {table}_truncate_bumps_content_version AFTER TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in ContentTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_truncate_bumps_content_version ON {table}; DROP TRIGGER {table}_bumps_content_version ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION bump_content_version(); DROP TABLE content_version;");
        }
    }
}
