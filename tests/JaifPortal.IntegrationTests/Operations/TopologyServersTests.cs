using System.Net.Sockets;
using System.Text;
using JaifPortal.IntegrationTests.Infrastructure;
using Npgsql;

namespace JaifPortal.IntegrationTests.Operations;

/// <summary>
/// The servers of the production topology as the tests start them (the same scripts as `make cluster`): a streaming
/// standby follows the primary; Redis is a cache that keeps nothing when it restarts.
/// </summary>
public sealed class TopologyServersTests(StreamingStandby standby, RedisServer redis) : IClassFixture<StreamingStandby>, IClassFixture<RedisServer>
{
    private const string Sseayp = "language = 'en' AND initiative_id = (SELECT id FROM initiatives WHERE slug = 'sseayp')";

    [Fact]
    public async Task A_record_written_on_the_primary_is_read_from_the_standby_which_refuses_writes()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var primary = new NpgsqlConnection(database.ConnectionString))
        {
            await primary.OpenAsync();
            await using var update = new NpgsqlCommand($"UPDATE initiative_translation SET name = 'Replicated name' WHERE {Sseayp}", primary);
            await update.ExecuteNonQueryAsync();
        }

        await standby.CatchUpAsync();

        // The standby itself, not the failover string: Npgsql keeps each host's state for a while, and a standby
        // another test stopped on a port this one reuses could send a prefer-standby read to the primary.
        await using var replica = new NpgsqlConnection(standby.ConnectionStringFor(database.Name));
        await replica.OpenAsync();
        await using var read = new NpgsqlCommand($"SELECT name FROM initiative_translation WHERE {Sseayp}", replica);

        await Eventually.HoldsAsync(async () => await read.ExecuteScalarAsync() is "Replicated name", "the standby shows the primary's write");
        await using var recovery = new NpgsqlCommand("SELECT pg_is_in_recovery()", replica);
        (await recovery.ExecuteScalarAsync()).Should().Be(true, "the read came from the standby");
        await using var write = new NpgsqlCommand("UPDATE initiatives SET slug = slug", replica);
        (await write.Invoking(command => command.ExecuteNonQueryAsync()).Should().ThrowAsync<PostgresException>())
            .Which.SqlState.Should().Be(PostgresErrorCodes.ReadOnlySqlTransaction);
    }

    [Fact]
    public async Task Redis_answers_on_its_port_and_forgets_everything_when_restarted()
    {
        (await RedisAsync("SET", "portal:test", "kept")).Should().Be("+OK");
        (await RedisAsync("GET", "portal:test")).Should().Be("$4");

        await redis.StopAsync();
        await redis.StartAsync();

        (await RedisAsync("GET", "portal:test")).Should().Be("$-1", "nothing is written to disk");
    }

    /// <summary>One command in Redis's protocol; the first line of the answer.</summary>
    private async Task<string> RedisAsync(params string[] command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", redis.Port);
        var stream = client.GetStream();
        var request = new StringBuilder($"*{command.Length}\r\n");
        foreach (var part in command)
        {
            request.Append(System.Globalization.CultureInfo.InvariantCulture, $"${Encoding.UTF8.GetByteCount(part)}\r\n{part}\r\n");
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return (await reader.ReadLineAsync())!;
    }
}
