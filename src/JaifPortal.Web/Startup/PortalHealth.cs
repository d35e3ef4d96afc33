using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace JaifPortal.Web.Startup;

/// <summary>
/// Health for orchestrators and load balancers, answered over plain http and while the portal starts:
/// /health/live is 200 whenever the process answers (restart it only when this fails); /health/ready is
/// 200 only while the database is reachable and its schema migrated (send it visitors only then);
/// /health is /health/ready under its older name.
/// </summary>
public static class PortalHealth
{
    public static bool IsProbe(PathString path) => path.StartsWithSegments("/health");

    public static WebApplication MapPortalHealth(this WebApplication app)
    {
        // Every registered check (the database reachable, the schema migrated) decides readiness; liveness runs none.
        var readiness = new HealthCheckOptions { AllowCachingResponses = false };
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, AllowCachingResponses = false }).AvailableWhileStarting();
        app.MapHealthChecks("/health/ready", readiness).AvailableWhileStarting();
        app.MapHealthChecks("/health", readiness).AvailableWhileStarting();
        return app;
    }
}
