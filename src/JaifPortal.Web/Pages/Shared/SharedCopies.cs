using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The output cache's copies in Redis, shared by every instance (ASP.NET Core's Redis store), for as long as Redis
/// answers. While it does not, lookups miss and nothing is stored, so pages are computed and served as if there were
/// no cache; the outage and the return are each logged once. Commands fail at once while Redis is away (the
/// connection's backlog policy), so no request waits for it. Copies stay correct across instances because their
/// keys hold the content version (<see cref="PublicPageCache"/>); an eviction on one instance holds for all.
/// </summary>
public sealed partial class SharedCopies(IOutputCacheBufferStore redis, IConnectionMultiplexer connection, ILogger<SharedCopies> logger)
    : IOutputCacheBufferStore
{
    private int _away;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        await UseAsync(() => redis.GetAsync(key, cancellationToken), null);

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken) =>
        await UseAsync(() => redis.TryGetAsync(key, destination, cancellationToken), false);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        await UseAsync(async () => { await redis.SetAsync(key, value, tags, validFor, cancellationToken); return true; }, false);

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        await UseAsync(async () => { await redis.SetAsync(key, value, tags, validFor, cancellationToken); return true; }, false);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        await UseAsync(async () => { await redis.EvictByTagAsync(tag, cancellationToken); return true; }, false);

    private async ValueTask<T> UseAsync<T>(Func<ValueTask<T>> command, T whileAway)
    {
        if (!connection.IsConnected)
        {
            Away("not connected");
            return whileAway;
        }

        try
        {
            var result = await command();
            if (Interlocked.Exchange(ref _away, 0) == 1)
            {
                LogBack();
            }

            return result;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            Away(exception.Message);
            return whileAway;
        }
    }

    private void Away(string reason)
    {
        if (Interlocked.Exchange(ref _away, 1) == 0)
        {
            LogAway(reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Redis does not answer ({Reason}): public pages are computed for every request until it does (nothing is wrong with the pages)")]
    private partial void LogAway(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again: public pages are kept there once more")]
    private partial void LogBack();
}
