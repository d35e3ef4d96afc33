using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>A test class whose every test gets a seeded database and a portal of its own.</summary>
public abstract class PortalPerTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected PortalFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync();
        Factory = CreateFactory(Database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>The portal over the test's database; override to change its settings or services.</summary>
    protected virtual PortalFactory CreateFactory(string connectionString) => new(connectionString);

    protected async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
    }
}
