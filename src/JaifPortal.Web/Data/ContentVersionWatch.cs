using System.Globalization;
using Npgsql;

namespace JaifPortal.Web.Data;

/// <summary>Told when the content version moves, e.g. to drop answers computed from the old content.</summary>
public interface IContentChangeObserver
{
    ValueTask ContentChangedAsync(long version, CancellationToken cancellationToken);
}

/// <summary>
/// The content version (<see cref="ContentVersion"/>) as this instance knows it without asking PostgreSQL
/// on every request: the database announces every new number with NOTIFY at commit (migration
/// ContentVersionNotify), and this instance listens on a connection of its own. A change committed by any
/// instance, an import or plain SQL is heard within milliseconds; what this instance commits itself is read
/// back at once (<see cref="ContentWrites"/>), so its own next request never sees the old number. While the
/// listening connection is down, nothing is known and <see cref="CurrentAsync"/> reads the number each time.
/// </summary>
public sealed partial class ContentVersionWatch(
    string connectionString, DatabaseReadiness readiness, IEnumerable<IContentChangeObserver> observers, ILogger<ContentVersionWatch> logger)
    : BackgroundService
{
    public const string Channel = "content_version";

    /// <summary>How often the listening connection is checked (and the number read) when nothing was announced.</summary>
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(15);

    /// <summary>Two connections of its own: one that listens and one for reads after this instance's own commits.</summary>
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 2, KeepAlive = 30 }.ConnectionString);

    private readonly IContentChangeObserver[] _observers = [.. observers];
    private readonly SemaphoreSlim _observing = new(1, 1);
    private long _known;
    private volatile bool _listening;

    /// <summary>The number this instance knows to be current, or 0 when it does not know (before the first read, or while not listening).</summary>
    public long Known => _listening ? Interlocked.Read(ref _known) : 0;

    /// <summary>The current number: what the listener heard last, or else read from the database now.</summary>
    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken) =>
        Known is > 0 and var known ? known : await RefreshAsync(cancellationToken);

    /// <summary>Reads the number now, e.g. after this instance committed a change, and tells the observers if it moved.</summary>
    public async Task<long> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT value FROM content_version WHERE id = 1");
        var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await ObserveAsync(version, cancellationToken);
        return version;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The table exists once the schema is migrated; until then no page is served (StartingGate).
        await readiness.WhenReady.WaitAsync(stoppingToken);
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                if (_listening)
                {
                    LogListeningStopped(exception.Message);
                }

                _listening = false;
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
                continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(stoppingToken);
        long announced = 0;
        connection.Notification += (_, notification) =>
        {
            if (long.TryParse(notification.Payload, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version))
            {
                announced = Math.Max(announced, version);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Announcements missed while not listening are made up for by reading the number once listening.
        await ObserveAsync(await ReadAsync(connection, stoppingToken), stoppingToken);
        if (!_listening)
        {
            LogListening();
        }

        _listening = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            var heard = await connection.WaitAsync(CheckEvery, stoppingToken);
            var version = heard ? announced : await ReadAsync(connection, stoppingToken);
            await ObserveAsync(version, stoppingToken);
        }
    }

    private static async Task<long> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT value FROM content_version WHERE id = 1", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task ObserveAsync(long version, CancellationToken cancellationToken)
    {
        if (version <= Interlocked.Read(ref _known))
        {
            return;
        }

        await _observing.WaitAsync(cancellationToken);
        try
        {
            if (version <= Interlocked.Read(ref _known))
            {
                return;
            }

            Interlocked.Exchange(ref _known, version);
            foreach (var observer in _observers)
            {
                await observer.ContentChangedAsync(version, cancellationToken);
            }
        }
        finally
        {
            _observing.Release();
        }
    }

    public override void Dispose()
    {
        _observing.Dispose();
        _dataSource.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for content changes (channel " + Channel + ")")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Stopped listening for content changes ({Reason}); until listening again, every cached page checks the content version in the database")]
    private partial void LogListeningStopped(string reason);
}
