using Npgsql;

namespace JaifPortal.Web.Data;

/// <summary>
/// How many PostgreSQL connections one instance may hold and how requests wait for them ("Database" in
/// configuration). The sizing rule is in docs/operations.md: every instance's <see cref="MaxPoolSize"/>
/// plus one listening connection, plus one for `migrate`, must stay below the server's max_connections.
/// </summary>
public sealed class ConnectionPoolOptions
{
    public const string Section = "Database";

    /// <summary>Connections one instance opens at most; the lanes of dashboards and search come out of the same pool.</summary>
    public int MaxPoolSize { get; set; } = 30;

    /// <summary>
    /// How long a request waits for a free connection when all are busy. Requests queue in the pool
    /// meanwhile and complete; past this wait the visitor gets the 503 page with Retry-After.
    /// </summary>
    public int PoolWaitSeconds { get; set; } = 30;

    /// <summary>Queries that run side by side for one page (<see cref="QueryLanes"/>), at most half the pool.</summary>
    public int MaxParallelLanes { get; set; } = 8;

    /// <summary>
    /// Statements Npgsql keeps prepared per connection: a page's queries are planned once per connection,
    /// not on every request (planning cost more than running for most of them).
    /// </summary>
    public int MaxAutoPrepare { get; set; } = 200;

    public int Lanes => Math.Clamp(MaxParallelLanes, 1, Math.Max(1, MaxPoolSize / 2));

    /// <summary>The configured connection string with this pool's limits; what the string says of them is overridden.</summary>
    public string Apply(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = MaxPoolSize,
            Timeout = PoolWaitSeconds,
            MaxAutoPrepare = MaxAutoPrepare,
            AutoPrepareMinUsages = 2,
            // Connections go back to the pool as they are: no DISCARD ALL, which would drop the prepared statements.
            NoResetOnClose = true,
        }.ConnectionString;
}
