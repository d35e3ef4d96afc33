using System.Text.RegularExpressions;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The production topology in small, set up as `make cluster` sets it up: a seeded database prepared by the
/// 'migrate' command, an administrator made by 'create-admin', two portal processes in the Production environment
/// and nginx with TLS in front of them, believed as the proxy (ForwardedHeaders:KnownProxies = 127.0.0.1).
/// </summary>
public sealed partial class PortalCluster : IAsyncLifetime
{
    public const string AdministratorEmail = "admin@cluster.example";

    public TestDatabase Database { get; private set; } = null!;

    public NginxProxy Nginx { get; } = new();

    public IReadOnlyList<PortalProcess> Instances { get; private set; } = [];

    public string AdministratorPassword { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Portal"] = Database.ConnectionString,
            ["Portal__PublicBaseUrl"] = Nginx.PublicBaseUrl.GetLeftPart(UriPartial.Authority),
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        };
        Instances = [new PortalProcess(settings), new PortalProcess(settings)];

        await Instances[0].RunCommandAsync("migrate");
        var created = Instances[0].RunCommandAsync("create-admin", "--email", AdministratorEmail);
        await Task.WhenAll(Instances.Select(instance => instance.StartAsync()));
        AdministratorPassword = PrintedPassword().Match(await created).Groups[1].Value;
        await Nginx.StartAsync(Instances.Select(instance => instance.Port));
    }

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var instance in Instances)
            {
                await instance.DisposeAsync();
            }
        }
        finally
        {
            await Nginx.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    /// <summary>The line after "Password (shown once …):".</summary>
    [GeneratedRegex(@"Password \(shown once[^\n]*\n\s*(\S+)")]
    private static partial Regex PrintedPassword();
}
