using System.Security.Cryptography;
using JaifPortal.Web.Data;
using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Data.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use (JAIFPORTAL_TEST_SERVER, set by `make test` to a throwaway
/// local cluster). A template database is migrated and seeded once and every test database is a
/// clone of it, which takes a fraction of a second.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "JAIFPORTAL_TEST_SERVER";

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. Run the tests with `make test`, which starts a throwaway PostgreSQL, " +
                $"or set {EnvironmentVariable} to a server's connection string without a database (Host=...;Port=...;Username=...).");

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    public static Task<string> TemplateNameAsync() => Template.Value;

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static PortalDbContext CreateContext(string database) =>
        new(PortalDatabase.Options(ConnectionStringFor(database), TimeProvider.System));

    /// <summary>
    /// The template is named after the migrations, the SQL files and the seed content it holds, so a test run reuses
    /// a template built by an earlier run on the same server only when nothing it depends on changed.
    /// </summary>
    private static async Task<string> CreateTemplateAsync()
    {
        var name = "jaif_template_" + TemplateFingerprint();
        await using var admin = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await admin.OpenAsync();

        // Test processes (integration and browser tests) may build the template at the same moment.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(4216)", admin))
        {
            await lockCommand.ExecuteNonQueryAsync();
        }

        try
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync() is null)
            {
                var building = name + "_building";
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
                await using (var db = CreateContext(building))
                {
                    await db.Database.MigrateAsync();
                    await new ContentSeeder(db, TimeProvider.System, NullLogger<ContentSeeder>.Instance)
                        .SeedEmbeddedAsync(CancellationToken.None);
                }

                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync($"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(4216)", admin);
            await unlock.ExecuteNonQueryAsync();
        }

        return name;
    }

    private static string TemplateFingerprint()
    {
        var assembly = typeof(PortalDbContext).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var resource in new[] { ContentSeeder.ContentResource, ContentSeeder.CrosswalkResource })
        {
            using var seed = assembly.GetManifestResourceStream(resource)!;
            using var reader = new MemoryStream();
            seed.CopyTo(reader);
            hash.AppendData(reader.ToArray());
        }

        // The files the migrations apply count too: a file edited under an unmerged migration changes what it builds.
        foreach (var path in SqlFiles.Paths())
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(SqlFiles.Read(path)));
        }

        using var context = CreateContext("postgres");
        foreach (var migration in context.Database.GetMigrations())
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(migration));
        }

        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(context.Model.ToDebugString()));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
