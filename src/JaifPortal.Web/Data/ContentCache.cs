using JaifPortal.Web.Pages.Shared;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Data;

/// <summary>
/// Keeps what a page computed from the content (a pillar dashboard, a search) for the next request that
/// asks the same, while the content is unchanged: every result is filed under the content version
/// (<see cref="ContentVersion"/>) as <see cref="ContentVersionWatch"/> knows it, so a change committed anywhere
/// (another instance, an import, SQL) ends every kept result as soon as its announcement is heard, within
/// milliseconds, without a read of the number on every visitor's lookup (docs/adr/0013). Results also expire after <see cref="PortalOptions.KeepComputedSeconds"/>, which
/// bounds how far figures that move with the clock ("changed recently") may lag, and at most
/// <see cref="MaxEntries"/> are kept, so a stream of distinct searches cannot fill the memory.
/// </summary>
public sealed class ContentCache(
    PortalDbContext db, ContentVersionWatch versions, IHttpContextAccessor requests,
    [FromKeyedServices(ContentCache.StoreKey)] IMemoryCache store, IOptions<PortalOptions> options)
{
    public const string StoreKey = "computed-from-content";

    public const int MaxEntries = 1_000;

    /// <summary>The store of its own, so its size limit binds no other user of a memory cache.</summary>
    public static MemoryCache NewStore() => new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    /// <summary>
    /// What was computed under the same key while the content was as it is now, or else computes and keeps it. Nothing
    /// (null, e.g. no published record of that address) is never kept: addresses that name nothing cost a read each,
    /// but cannot fill the store.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(object key, Func<Task<T>> compute, CancellationToken cancellationToken)
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
        if (store.TryGetValue((key, version), out T? kept) && kept is not null)
        {
            return kept;
        }

        // The number the database this request reads has reached, read before computing: a standby that has not yet
        // replayed the change just heard of computes from the content before it, which must not be kept under the new number.
        var readable = signedIn ? version : await ContentVersion.ReadAsync(db, cancellationToken);
        kept = await compute();
        if (kept is not null && readable >= version)
        {
            store.Set((key, version), kept, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        }

        return kept;
    }
}
