using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JaifPortal.Web.Data;

/// <summary>
/// Whether the schema is known to be migrated. Until it is, pages answer "the portal is starting"
/// (StartingGate) and readiness says 503, so no request queries a database that is half migrated.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Completes once the schema is ready.</summary>
    public Task WhenReady => _ready.Task;

    public void MarkReady() => _ready.TrySetResult();
}

internal sealed class DatabaseReadinessCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database schema has not been migrated yet."));
}
