using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace JaifPortal.Web.Data;

/// <summary>
/// Lets background work that must not run twice (the scheduled publisher) run on one instance at a time: the
/// instance that holds a PostgreSQL advisory lock does the work, the others only try to take the lock. The lock
/// lives on a connection of its own, outside the pool, so PostgreSQL releases it as soon as that instance stops
/// or loses its connection, and another instance takes it at its next try.
/// </summary>
public sealed partial class OneInstanceLock : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _work;
    private readonly long _key;
    private readonly ILogger _logger;
    private NpgsqlConnection? _connection;

    public OneInstanceLock(string connectionString, string work, ILogger logger)
    {
        // Named in pg_stat_activity, so an operator can see which instance runs the work.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = $"JaifPortal {work}" }.ConnectionString;
        _work = work;
        _key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"JaifPortal.{work}")));
        _logger = logger;
    }

    /// <returns>Whether this instance holds the lock now, having taken it if it was free.</returns>
    public async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null)
        {
            try
            {
                await using var check = new NpgsqlCommand("SELECT 1", _connection);
                await check.ExecuteScalarAsync(cancellationToken);
                return true;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // The session is gone, and the lock with it: another instance may hold it by now.
                LogLost(_work, exception.Message);
                await ReleaseAsync();
            }
        }

        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            take.Parameters.AddWithValue("key", _key);
            if (await take.ExecuteScalarAsync(cancellationToken) is true)
            {
                _connection = connection;
                LogTaken(_work);
                return true;
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return false;
    }

    public ValueTask DisposeAsync() => ReleaseAsync();

    private async ValueTask ReleaseAsync()
    {
        if (_connection is not null)
        {
            // Closing the session releases the lock; no unlock call is needed, nor one that could fail.
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance now runs the {Work} (it holds its PostgreSQL advisory lock)")]
    private partial void LogTaken(string work);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This instance lost the lock of the {Work} ({Reason}); whichever instance takes it next runs it")]
    private partial void LogLost(string work, string reason);
}
