using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A portal with these users: a clone of the seeded template (plus any content a subclass adds), the portal over it
/// and the given back-office accounts. As a class fixture (<c>IClassFixture&lt;SeededPortal&gt;</c> or a subclass
/// with content of its own) its tests share it and should only read; <see cref="PortalPerTest"/> gives each test one.
/// </summary>
public class SeededPortal : IAsyncLifetime
{
    private readonly StaffAccount[] _accounts;
    private TestDatabase? _database;
    private PortalFactory? _factory;

    /// <summary>The seeded content alone, without accounts (xunit builds class fixtures through this one).</summary>
    public SeededPortal()
        : this([])
    {
    }

    protected SeededPortal(params StaffAccount[] accounts) => _accounts = accounts;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The portal has not started.");

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("The portal has not started.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        await using (var db = _database.CreateContext())
        {
            await AddContentAsync(db);
        }

        _factory = CreateFactory(_database.ConnectionString);
        foreach (var account in _accounts)
        {
            await BackOffice.CreateUserAsync(_factory, account.Email, account.Roles);
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public PortalDbContext CreateContext() => Database.CreateContext();

    /// <summary>A client signed in as a new Mission of Japan official, who may read every dashboard.</summary>
    public async Task<HttpClient> OfficialAsync()
    {
        var email = $"official-{Guid.NewGuid():N}@mission.example";
        await BackOffice.CreateUserAsync(Factory, email, PortalRoles.Official);
        return await BackOffice.SignedInClientAsync(Factory, email);
    }

    public HttpClient CreateClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Content of the fixture's own, written to its database before the portal starts.</summary>
    protected virtual Task AddContentAsync(PortalDbContext db) => Task.CompletedTask;

    /// <summary>The portal over the database; override to change its settings or services.</summary>
    protected virtual PortalFactory CreateFactory(string connectionString) => new(connectionString);
}
