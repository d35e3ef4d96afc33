using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JaifPortal.Web.Startup;

/// <summary>Whether the schema is known to be migrated, so requests can tell "still starting" from a fault.</summary>
public sealed class DatabaseReadiness
{
    private volatile bool _isReady;

    public bool IsReady => _isReady;

    public void MarkReady() => _isReady = true;
}

internal sealed class DatabaseReadinessCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database schema has not been migrated yet."));
}

internal sealed class ReadyWithoutMigrating(DatabaseReadiness readiness) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.MarkReady();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
