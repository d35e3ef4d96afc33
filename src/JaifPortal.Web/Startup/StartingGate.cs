using JaifPortal.Web.Data;

namespace JaifPortal.Web.Startup;

/// <summary>
/// Until the schema is ready (migrated at start-up in Development, by the 'migrate' command elsewhere), pages
/// answer 503 with "the portal is starting" in the visitor's language instead of querying a database that may
/// be half migrated. Health probes, static files and the error page itself answer as usual.
/// </summary>
public static class StartingGate
{
    /// <summary>How long a client (or a proxy retrying another instance) is asked to wait.</summary>
    private const string RetryAfterSeconds = "5";

    /// <summary>After routing, where the endpoint (and whether it may answer now) is known.</summary>
    public static IApplicationBuilder UseStartingGate(this IApplicationBuilder app)
    {
        var readiness = app.ApplicationServices.GetRequiredService<DatabaseReadiness>();
        return app.Use((context, next) =>
        {
            var endpoint = context.GetEndpoint();
            if (readiness.IsReady || endpoint is null || endpoint.Metadata.GetMetadata<AvailableWhileStartingAttribute>() is not null)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
            return Task.CompletedTask;
        });
    }

    public static TBuilder AvailableWhileStarting<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AvailableWhileStartingAttribute());
}

/// <summary>Marks an endpoint that needs no database, so it answers while the portal starts.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AvailableWhileStartingAttribute : Attribute;
