using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <summary>
    /// Photos go through review and are written anew (docs/adr/0021): an uploaded file becomes an image_files row
    /// with its renditions, never changed, and a photo points at the file its record's reviewed state shows. Files
    /// uploaded before were kept exactly as sent, which is what this change stops serving: they move, untouched, to
    /// legacy_image_files (which the portal no longer reads), and their photos wait for a file again.
    /// </summary>
    public partial class PhotosThroughReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "image_file", newName: "legacy_image_files");
            migrationBuilder.Sql("""
                ALTER TABLE legacy_image_files ADD content_type character varying(40);
                UPDATE legacy_image_files f SET content_type = i.content_type FROM images i WHERE i.id = f.image_id;
                """);
            migrationBuilder.DropColumn(name: "content_type", table: "images");

            migrationBuilder.CreateSequence(name: "image_file_ids", incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "image_files",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_image_files", x => x.id);
                    table.CheckConstraint("ck_image_files_pixels", "width::bigint * height <= 40000000");
                });

            migrationBuilder.CreateTable(
                name: "image_rendition",
                columns: table => new
                {
                    image_file_id = table.Column<int>(type: "integer", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_image_rendition", x => new { x.image_file_id, x.width, x.content_type });
                    table.ForeignKey(
                        name: "fk_image_rendition_image_files_image_file_id",
                        column: x => x.image_file_id,
                        principalTable: "image_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddColumn<int>(name: "file_id", table: "images", type: "integer", nullable: true);
            migrationBuilder.CreateIndex(name: "ix_images_file_id", table: "images", column: "file_id");
            migrationBuilder.AddForeignKey(
                name: "fk_images_image_files_file_id",
                table: "images",
                column: "file_id",
                principalTable: "image_files",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(name: "fk_images_image_files_file_id", table: "images");
            migrationBuilder.DropIndex(name: "ix_images_file_id", table: "images");
            migrationBuilder.DropColumn(name: "file_id", table: "images");
            migrationBuilder.DropTable(name: "image_rendition");
            migrationBuilder.DropTable(name: "image_files");
            migrationBuilder.DropSequence(name: "image_file_ids");
            migrationBuilder.AddColumn<string>(name: "content_type", table: "images", type: "character varying(40)", maxLength: 40, nullable: true);
            migrationBuilder.Sql("""
                UPDATE images i SET content_type = f.content_type FROM legacy_image_files f WHERE i.id = f.image_id;
                ALTER TABLE legacy_image_files DROP COLUMN content_type;
                """);
            migrationBuilder.RenameTable(name: "legacy_image_files", newName: "image_file");
        }
    }
}
