using System.Collections.Concurrent;
using JaifPortal.Web.Pages.Shared;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Data;

/// <summary>
/// Keeps what a page computed from the content (a pillar dashboard, a search, an initiative's record) for the next request
/// that asks the same, while the content is unchanged: every result is filed under the content version
/// (<see cref="ContentVersion"/>) as <see cref="ContentVersionWatch"/> knows it, so a change committed anywhere
/// (another instance, an import, SQL) ends every kept result as soon as its announcement is heard, within
/// milliseconds, without a read of the number on every visitor's lookup (docs/adr/0013). Results also expire after
/// <see cref="PortalOptions.KeepComputedSeconds"/>, which bounds how far figures that move with the clock ("changed
/// recently") may lag, and the stores hold a bounded number (<see cref="ContentCacheStore"/>), so a stream of distinct
/// searches or a crawler's walk cannot fill the memory.
/// </summary>
public sealed class ContentCache(
    PortalDbContext db, ContentVersionWatch versions, IHttpContextAccessor requests, ContentCacheStore stores, IOptions<PortalOptions> options)
{
    /// <summary>
    /// What was computed under the same key while the content was as it is now, or else computes and keeps it. Nothing
    /// (null, e.g. no published record of that address) is never kept: addresses that name nothing cost a read each,
    /// but cannot fill the store.
    /// </summary>
    public Task<T> GetOrComputeAsync<T>(object key, Func<Task<T>> compute, CancellationToken cancellationToken)
        where T : class? => KeepAsync(stores.Shared, key, compute, cancellationToken);

    /// <summary>
    /// The same for what belongs to one record (its page, its related lists), of which a crawler asks for thousands in a
    /// row: kept in a store of their own, so a walk through every initiative cannot push out the lists and searches that
    /// everyone asks for (which then all had to be computed again at once: search fell to 0.1× in docs/benchmarks.md).
    /// </summary>
    public Task<T> GetOrComputeForRecordAsync<T>(object key, Func<Task<T>> compute, CancellationToken cancellationToken)
        where T : class? => KeepAsync(stores.PerRecord, key, compute, cancellationToken);

    private async Task<T> KeepAsync<T>(IMemoryCache store, object key, Func<Task<T>> compute, CancellationToken cancellationToken)
        where T : class?
    {
        var seconds = options.Value.KeepComputedSeconds;
        if (seconds <= 0)
        {
            return await compute();
        }

        // Staff (the dashboards) read the number itself: whoever has just changed something sees it even before the
        // announcement is heard, and staff requests are few. They always read the primary.
        var signedIn = requests.HttpContext?.User.Identity?.IsAuthenticated == true;
        var version = signedIn ? await ContentVersion.ReadAsync(db, cancellationToken) : await versions.CurrentAsync(cancellationToken);
        var entryKey = (key, version);
        if (store.TryGetValue(entryKey, out T? kept) && kept is not null)
        {
            return kept;
        }

        // One computation per key at a time: when a popular result expires or the content changes, the requests that
        // arrive meanwhile wait for the first one's answer instead of all computing it at once on the same two cores.
        var mine = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = stores.InFlight.GetOrAdd(entryKey, mine.Task);
        if (running != mine.Task)
        {
            try
            {
                return await ((Task<T>)running).WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The request computing it went away (its visitor left) before it finished: this one computes its own.
                return await compute();
            }
        }

        try
        {
            // The number the database this request reads has reached, read before computing: a standby that has not yet
            // replayed the change just heard of computes from the content before it, which must not be kept under the new number.
            var readable = signedIn ? version : await ContentVersion.ReadAsync(db, cancellationToken);
            kept = await compute();
            if (kept is not null && readable >= version)
            {
                store.Set(entryKey, kept, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
            }

            mine.SetResult(kept);
            return kept;
        }
        catch (OperationCanceledException)
        {
            mine.SetCanceled(CancellationToken.None);
            throw;
        }
        catch (Exception failure)
        {
            mine.SetException(failure);
            _ = mine.Task.Exception; // observed, so a failure nobody waited for is not reported a second time as unobserved
            throw;
        }
        finally
        {
            stores.InFlight.TryRemove(new KeyValuePair<object, Task>(entryKey, mine.Task));
        }
    }
}

/// <summary>
/// The memory behind <see cref="ContentCache"/>, one per portal instance: two stores of their own, so their size limits
/// bind no other user of a memory cache and per-record results cannot crowd out shared ones, and the computations in flight.
/// </summary>
public sealed class ContentCacheStore : IDisposable
{
    /// <summary>Lists, searches, dashboards, feeds: few distinct results, each asked for by many.</summary>
    public const int MaxSharedEntries = 1_000;

    /// <summary>Two per initiative page (its record and its related initiatives) or event: about 2,000 records' worth.</summary>
    public const int MaxPerRecordEntries = 4_000;

    internal MemoryCache Shared { get; } = new(new MemoryCacheOptions { SizeLimit = MaxSharedEntries });

    internal MemoryCache PerRecord { get; } = new(new MemoryCacheOptions { SizeLimit = MaxPerRecordEntries });

    internal ConcurrentDictionary<object, Task> InFlight { get; } = new();

    /// <summary>Forgets everything kept, so the next request computes anew (the benchmarks measure that path).</summary>
    public void ForgetAll()
    {
        Shared.Compact(1.0);
        PerRecord.Compact(1.0);
    }

    public void Dispose()
    {
        Shared.Dispose();
        PerRecord.Dispose();
    }
}
