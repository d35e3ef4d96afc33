using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourceTextsSectionsAndSitePages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source_section",
                table: "initiative_translation",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            // The section heading moves to each language's text: as the source writes it in the source's language,
            // and in English for the headings of the seeded Implementation Plan overview (the only source with sections).
            migrationBuilder.Sql("""
                UPDATE initiative_translation t SET source_section = i.source_section
                FROM initiatives i JOIN source_documents d ON d.id = i.source_document_id
                WHERE t.initiative_id = i.id AND t.language = d.original_language;

                UPDATE initiative_translation t SET source_section = heading.english
                FROM initiatives i JOIN (VALUES
                    ('青年交流', 'Youth Exchange'), ('文化交流', 'Cultural Exchange'), ('スポーツ', 'Sports'), ('観光', 'Tourism'),
                    ('人的交流、科学技術・学術', 'People-to-People Exchange, Science, Technology and Academia'), ('経済', 'Economy'),
                    ('金融', 'Finance'), ('交通', 'Transport'), ('連結性', 'Connectivity'), ('エネルギー・気候変動', 'Energy and Climate Change'),
                    ('環境', 'Environment'), ('防災', 'Disaster Management'), ('デジタル', 'Digital'), ('農業', 'Agriculture'),
                    ('その他', 'Others'), ('法務', 'Justice'), ('防衛', 'Defence'), ('国際犯罪', 'Transnational Crime'))
                    AS heading(japanese, english) ON heading.japanese = i.source_section
                WHERE t.initiative_id = i.id AND t.language = 'en';
                """);

            migrationBuilder.DropColumn(
                name: "source_section",
                table: "initiatives");

            migrationBuilder.CreateTable(
                name: "site_pages",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    original_language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_pages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "source_document_texts",
                columns: table => new
                {
                    source_document_id = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_document_texts", x => x.source_document_id);
                    table.ForeignKey(
                        name: "fk_source_document_texts_source_documents_source_document_id",
                        column: x => x.source_document_id,
                        principalTable: "source_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "site_page_translation",
                columns: table => new
                {
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    site_page_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: true),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_confidence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    is_published = table.Column<bool>(type: "boolean", nullable: false),
                    text_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_page_translation", x => new { x.site_page_id, x.language });
                    table.ForeignKey(
                        name: "fk_site_page_translation_site_pages_site_page_id",
                        column: x => x.site_page_id,
                        principalTable: "site_pages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_site_pages_slug",
                table: "site_pages",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "site_page_translation");

            migrationBuilder.DropTable(
                name: "source_document_texts");

            migrationBuilder.DropTable(
                name: "site_pages");

            migrationBuilder.AddColumn<string>(
                name: "source_section",
                table: "initiatives",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE initiatives i SET source_section = t.source_section
                FROM initiative_translation t, source_documents d
                WHERE t.initiative_id = i.id AND d.id = i.source_document_id AND t.language = d.original_language;
                """);

            migrationBuilder.DropColumn(
                name: "source_section",
                table: "initiative_translation");
        }
    }
}
