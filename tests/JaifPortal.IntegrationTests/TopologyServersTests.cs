using JaifPortal.IntegrationTests.Infrastructure;
using Npgsql;

namespace JaifPortal.IntegrationTests;

/// <summary>The servers of the production topology, as the tests start them: a streaming standby follows the primary.</summary>
public sealed class TopologyServersTests(StreamingStandby standby) : IClassFixture<StreamingStandby>
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

        await using var replica = new NpgsqlConnection(standby.PreferStandbyConnectionStringFor(database.Name));
        await replica.OpenAsync();
        await using var read = new NpgsqlCommand($"SELECT name FROM initiative_translation WHERE {Sseayp}", replica);
        (await read.ExecuteScalarAsync()).Should().Be("Replicated name");
        await using var write = new NpgsqlCommand("UPDATE initiatives SET slug = slug", replica);
        (await write.Invoking(command => command.ExecuteNonQueryAsync()).Should().ThrowAsync<PostgresException>())
            .Which.SqlState.Should().Be(PostgresErrorCodes.ReadOnlySqlTransaction);
    }
}
