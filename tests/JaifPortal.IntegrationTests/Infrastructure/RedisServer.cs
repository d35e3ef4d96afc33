namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway Redis on a free loopback port (.ci/local-redis, from the Debian package redis-server, installed
/// when missing); it keeps nothing on disk. Stop and start it again to see how the portal copes without it.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private readonly string _name = $"redis-test-{Guid.NewGuid():N}"[..24];

    public int Port { get; } = Loopback.FreePort();

    /// <summary>For ConnectionStrings:Redis.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public Task InitializeAsync() => StartAsync();

    public async Task StartAsync() => await RepositoryScripts.RunAsync("local-redis", "start", _name, Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task StopAsync() => await RepositoryScripts.RunAsync("local-redis", "stop", _name);

    public async Task DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(RepositoryScripts.LocalFolder(_name), recursive: true);
    }
}
