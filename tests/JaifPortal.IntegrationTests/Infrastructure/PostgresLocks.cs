using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>Row and table locks between two sessions of a test, for tests of saves that overlap.</summary>
public static class PostgresLocks
{
    /// <summary>
    /// Waits until another session waits for a lock that <paramref name="holder"/>'s open transaction holds. PostgreSQL
    /// announces no such moment, so this polls pg_stat_activity (through <see cref="Eventually"/>).
    /// </summary>
    public static async Task UntilAnotherSessionWaitsForAsync(DbContext holder, string what)
    {
        int holderProcess;
        await using (var command = holder.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = "SELECT pg_backend_pid()";
            holderProcess = (int)(await command.ExecuteScalarAsync())!;
        }

        await using var observer = new NpgsqlConnection(PostgresTestServer.ConnectionStringFor("postgres"));
        await observer.OpenAsync();
        await Eventually.HoldsAsync(async () =>
        {
            await using var waiting = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE @holder = ANY (pg_blocking_pids(pid)))", observer);
            waiting.Parameters.AddWithValue("holder", holderProcess);
            return await waiting.ExecuteScalarAsync() is true;
        }, what);
    }
}
