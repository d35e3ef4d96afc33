using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JaifPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class NameCollations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:en-GB-u-ka-shifted", "en-GB-u-ka-shifted,en-GB-u-ka-shifted,icu,True")
                .Annotation("Npgsql:CollationDefinition:ja-JP-u-ka-shifted", "ja-JP-u-ka-shifted,ja-JP-u-ka-shifted,icu,True")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:CollationDefinition:en-GB-u-ka-shifted", "en-GB-u-ka-shifted,en-GB-u-ka-shifted,icu,True")
                .OldAnnotation("Npgsql:CollationDefinition:ja-JP-u-ka-shifted", "ja-JP-u-ka-shifted,ja-JP-u-ka-shifted,icu,True")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
