using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Data;

/// <summary>
/// Queries of one page run side by side, each on a context (so a pooled connection) of its own, so
/// PostgreSQL works on both cores for one request. At most <see cref="ConnectionPoolOptions.Lanes"/>
/// lanes run at once in the process: further lanes wait for one to finish, so a rush of computed pages
/// queues instead of emptying the connection pool every other request needs. A lane never waits for another lane.
/// </summary>
public sealed class QueryLanes(PortalReads reads, IHttpContextAccessor requests, IOptions<ConnectionPoolOptions> pool) : IDisposable
{
    private readonly SemaphoreSlim _open = new(pool.Value.Lanes, pool.Value.Lanes);

    public async Task<T> RunAsync<T>(Func<PortalDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        await _open.WaitAsync(cancellationToken);
        try
        {
            // From the database the request reads: the standby for a visitor's public search, the primary otherwise.
            await using var lane = await reads.FactoryFor(requests.HttpContext).CreateDbContextAsync(cancellationToken);
            return await work(lane);
        }
        finally
        {
            _open.Release();
        }
    }

    public void Dispose() => _open.Dispose();
}
