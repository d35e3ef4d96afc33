using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace JaifPortal.Web.Data.Sql;

/// <summary>
/// The hand-written SQL of the schema: one file per function (<c>Functions/</c>) and per group of triggers
/// (<c>Triggers/</c>), each holding the current text of what it defines, written so it can be applied again, and
/// embedded in the assembly. The migration that introduced a function and every later one that changed it apply
/// its file with <see cref="SqlFile"/> (docs/developers.md, ADR 19).
/// </summary>
public static class SqlFiles
{
    /// <summary>The annotation naming the file a migration's operation applies, which the tests read.</summary>
    public const string PathAnnotation = "JaifPortal:SqlFile";

    /// <summary>The annotation naming the text of the file the migration was written for, which the tests read.</summary>
    public const string Sha256Annotation = "JaifPortal:SqlFileSha256";

    private const string ResourcePrefix = "JaifPortal.Web.Data.Sql.";

    /// <summary>
    /// Applies the file at <paramref name="path"/> (below Data/Sql, such as "Functions/bump_content_version.sql") as
    /// it is now, so an older migration replayed on an empty database applies the current text too.
    /// <paramref name="sha256"/> names the text this migration was written for: the first 12 hexadecimal digits of the
    /// SHA-256 of the file below its leading comment (which no database keeps). A test requires the latest migration
    /// applying each file to name the file's current text, so a file cannot change without a migration that brings the
    /// change to the databases already migrated; its message gives the value.
    /// </summary>
    public static OperationBuilder<SqlOperation> SqlFile(this MigrationBuilder migrationBuilder, string path, string sha256) =>
        migrationBuilder
            // PostgreSQL checks a LANGUAGE sql body against the tables of the moment, and an older migration applies
            // the current text, which may read a column a later migration adds; pg_dump skips the check for the same reason.
            .Sql($"SET check_function_bodies = off;\n{Read(path)}\nRESET check_function_bodies;")
            .Annotation(PathAnnotation, path)
            .Annotation(Sha256Annotation, sha256);

    /// <summary>The text of the file at <paramref name="path"/>, with Unix line ends whatever the checkout's.</summary>
    public static string Read(string path)
    {
        using var stream = typeof(SqlFiles).Assembly.GetManifestResourceStream(ResourcePrefix + path.Replace('/', '.'))
            ?? throw new ArgumentException($"There is no Data/Sql/{path} in the assembly.", nameof(path));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>Every embedded file's path as <see cref="SqlFile"/> takes it.</summary>
    public static IEnumerable<string> Paths() =>
        typeof(SqlFiles).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(PathOf)
            .Order(StringComparer.Ordinal);

    /// <summary>"Functions/bump_content_version.sql" from the manifest's "….Sql.Functions.bump_content_version.sql": the files sit one folder deep.</summary>
    private static string PathOf(string resourceName)
    {
        var path = resourceName[ResourcePrefix.Length..];
        var folderEnd = path.IndexOf('.', StringComparison.Ordinal);
        return string.Concat(path.AsSpan(0, folderEnd), "/", path.AsSpan(folderEnd + 1));
    }
}
