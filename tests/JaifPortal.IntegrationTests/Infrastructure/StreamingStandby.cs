using System.Globalization;
using Npgsql;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway streaming standby of the test server (.ci/local-postgres standby: pg_basebackup, then streaming
/// replication), on a free loopback port: it holds every database of the test server, including those created
/// afterwards, follows every commit a moment later and refuses writes. It needs the test server to be a local
/// cluster that accepts replication connections, as the one `make test` starts does.
/// </summary>
public sealed class StreamingStandby : IAsyncLifetime
{
    private readonly string _name = $"postgres-test-standby-{Guid.NewGuid():N}"[..30];

    public int Port { get; } = Loopback.FreePort();

    private static NpgsqlConnectionStringBuilder Primary => new(PostgresTestServer.AdminConnectionString);

    public Task InitializeAsync() => StartAsync();

    /// <summary>Starts it (copying the primary first, the first time).</summary>
    public async Task StartAsync() =>
        await RepositoryScripts.RunAsync("local-postgres", "standby", _name, Port.ToString(CultureInfo.InvariantCulture),
            Primary.Port.ToString(CultureInfo.InvariantCulture), "--throwaway");

    public async Task StopAsync() => await RepositoryScripts.RunAsync("local-postgres", "stop", _name);

    public async Task DisposeAsync() => await RepositoryScripts.RunAsync("local-postgres", "remove", _name);

    /// <summary>A database on the standby alone.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresTestServer.AdminConnectionString) { Host = "127.0.0.1", Port = Port, Database = database }.ConnectionString;

    /// <summary>
    /// For ConnectionStrings:PortalReadOnly as `make cluster` sets it: the standby first, and the primary when the
    /// standby cannot be reached (Npgsql's multi-host failover, Target Session Attributes=prefer-standby).
    /// </summary>
    public string PreferStandbyConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresTestServer.AdminConnectionString)
        {
            Host = $"127.0.0.1:{Port},{Primary.Host}:{Primary.Port}",
            Database = database,
            TargetSessionAttributes = "prefer-standby",
        }.ConnectionString;

    /// <summary>Waits until the standby has replayed everything the primary has committed so far.</summary>
    public async Task CatchUpAsync()
    {
        string primaryPosition;
        await using (var primary = new NpgsqlConnection(PostgresTestServer.ConnectionStringFor("postgres")))
        {
            await primary.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
            primaryPosition = (string)(await command.ExecuteScalarAsync())!;
        }

        await using var standby = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await standby.OpenAsync();
        await Eventually.HoldsAsync(async () =>
        {
            await using var replayed = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= @position::pg_lsn", standby);
            replayed.Parameters.AddWithValue("position", primaryPosition);
            return await replayed.ExecuteScalarAsync() is true;
        }, "the standby replays the primary's last commit");
    }
}
