using JaifPortal.Web.Pages.Shared;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Data;

/// <summary>
/// Keeps what a page computed from the content (a pillar dashboard, a search) for the next request that
/// asks the same, while the content is unchanged: every lookup reads <see cref="ContentVersion"/> first,
/// so a change committed anywhere (another instance, an import, SQL) ends every kept result at once
/// (docs/adr/0013). Results also expire after <see cref="PortalOptions.KeepComputedSeconds"/>, which
/// bounds how far figures that move with the clock ("changed recently") may lag, and at most
/// <see cref="MaxEntries"/> are kept, so a stream of distinct searches cannot fill the memory.
/// </summary>
public sealed class ContentCache(PortalDbContext db, [FromKeyedServices(ContentCache.StoreKey)] IMemoryCache store, IOptions<PortalOptions> options)
{
    public const string StoreKey = "computed-from-content";

    public const int MaxEntries = 1_000;

    /// <summary>The store of its own, so its size limit binds no other user of a memory cache.</summary>
    public static MemoryCache NewStore() => new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    /// <summary>What was computed under the same key while the content was as it is now, or else computes and keeps it.</summary>
    public async Task<T> GetOrComputeAsync<T>(object key, Func<Task<T>> compute, CancellationToken cancellationToken)
        where T : class
    {
        var seconds = options.Value.KeepComputedSeconds;
        if (seconds <= 0)
        {
            return await compute();
        }

        var versioned = (key, await ContentVersion.ReadAsync(db, cancellationToken));
        if (store.TryGetValue(versioned, out T? kept) && kept is not null)
        {
            return kept;
        }

        kept = await compute();
        store.Set(versioned, kept, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        return kept;
    }
}
