using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchPeopleMilestonesAndCaptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "person_translation",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "CASE WHEN language = 'en' THEN setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'B') END",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "milestone_translation",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "CASE WHEN language = 'en' THEN setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C') END",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "image_translation",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "CASE WHEN language = 'en' THEN setweight(to_tsvector('english'::regconfig, coalesce(caption, '')), 'B') END",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_person_translation_name",
                table: "person_translation",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_person_translation_search_vector",
                table: "person_translation",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_milestone_translation_description",
                table: "milestone_translation",
                column: "description")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_milestone_translation_search_vector",
                table: "milestone_translation",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_milestone_translation_title",
                table: "milestone_translation",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_image_translation_caption",
                table: "image_translation",
                column: "caption")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_image_translation_search_vector",
                table: "image_translation",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_person_translation_name",
                table: "person_translation");

            migrationBuilder.DropIndex(
                name: "ix_person_translation_search_vector",
                table: "person_translation");

            migrationBuilder.DropIndex(
                name: "ix_milestone_translation_description",
                table: "milestone_translation");

            migrationBuilder.DropIndex(
                name: "ix_milestone_translation_search_vector",
                table: "milestone_translation");

            migrationBuilder.DropIndex(
                name: "ix_milestone_translation_title",
                table: "milestone_translation");

            migrationBuilder.DropIndex(
                name: "ix_image_translation_caption",
                table: "image_translation");

            migrationBuilder.DropIndex(
                name: "ix_image_translation_search_vector",
                table: "image_translation");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "person_translation");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "milestone_translation");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "image_translation");
        }
    }
}
