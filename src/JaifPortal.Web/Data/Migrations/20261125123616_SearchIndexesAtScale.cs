using JaifPortal.Web.Data.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexesAtScale : Migration
    {
        // The large texts search matches as substrings; organisations and areas are small enough to read whole.
        private static readonly (string Table, string Column)[] BigramColumns =
        [
            ("initiative_translation", "name"), ("initiative_translation", "summary"),
            ("event_translation", "name"), ("event_translation", "summary"), ("event_translation", "place"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A two-character query (two kanji, say) has no trigram: pg_trgm cannot serve its ILIKE, and
            // reading every row took 100-200 ms at 10,000 initiatives. These indexes hold each text's
            // lower-cased character pairs, so such a query is found by containment instead.
            migrationBuilder.SqlFile("Functions/search_bigrams.sql", sha256: "faa81257b684");
            foreach (var (table, column) in BigramColumns)
            {
                migrationBuilder.Sql($"CREATE INDEX ix_{table}_{column}_bigrams ON {table} USING gin (search_bigrams({column}));");
            }

            migrationBuilder.CreateIndex(
                name: "ix_organisations_acronym",
                table: "organisations",
                column: "acronym")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_acronym",
                table: "initiatives",
                column: "acronym")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_initiative_translation_summary",
                table: "initiative_translation",
                column: "summary")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_event_translation_place",
                table: "event_translation",
                column: "place")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_event_translation_summary",
                table: "event_translation",
                column: "summary")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in BigramColumns)
            {
                migrationBuilder.Sql($"DROP INDEX ix_{table}_{column}_bigrams;");
            }

            migrationBuilder.Sql("DROP FUNCTION search_bigrams(text);");

            migrationBuilder.DropIndex(
                name: "ix_organisations_acronym",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_initiatives_acronym",
                table: "initiatives");

            migrationBuilder.DropIndex(
                name: "ix_initiative_translation_summary",
                table: "initiative_translation");

            migrationBuilder.DropIndex(
                name: "ix_event_translation_place",
                table: "event_translation");

            migrationBuilder.DropIndex(
                name: "ix_event_translation_summary",
                table: "event_translation");
        }
    }
}
