using JaifPortal.Web.Data;
using Npgsql;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>A database of a test's own, dropped when the test is done.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name) => Name = name;

    public string Name { get; }

    public string ConnectionString => PostgresTestServer.ConnectionStringFor(Name);

    /// <summary>A clone of the migrated, seeded template.</summary>
    public static async Task<TestDatabase> CreateSeededAsync()
    {
        var template = await PostgresTestServer.TemplateNameAsync();
        var database = new TestDatabase(NewName());
        await PostgresTestServer.ExecuteAsync($"CREATE DATABASE \"{database.Name}\" TEMPLATE \"{template}\"");
        return database;
    }

    /// <summary>A database that does not exist yet: migrations create it.</summary>
    public static TestDatabase CreateNamedOnly() => new(NewName());

    public PortalDbContext CreateContext() => PostgresTestServer.CreateContext(Name);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresTestServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static string NewName() => "jaif_test_" + Guid.NewGuid().ToString("N")[..20];
}
