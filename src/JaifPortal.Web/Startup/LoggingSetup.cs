using JaifPortal.Web.Pages.Shared;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace JaifPortal.Web.Startup;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog: levels (and any further sinks) from the "Serilog" section of appsettings; the console is
    /// readable lines in Development and compact JSON, one event per line, everywhere else. It is set here
    /// rather than in appsettings because configuration merges sink arguments from the environment's file
    /// into the base file's, which once left Production with plain text.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        ITextFormatter console = builder.Environment.IsDevelopment() ? new ReadableLogLines() : new RenderedCompactJsonFormatter();

        // preserveStaticLogger keeps each host's logger its own when tests run several hosts in one process.
        builder.Services.AddSerilog(
            (services, configuration) => configuration
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<OneLineValues>()
                .WriteTo.Console(console),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request (errors at Error); copies the output cache serves at Debug (<see cref="PublicPageCache.ServedCopy"/>).</summary>
    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.GetLevel = (http, _, exception) => exception is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError
                ? LogEventLevel.Error
                : PublicPageCache.ServedCopy(http) ? LogEventLevel.Debug : LogEventLevel.Information;
        });
        return app;
    }
}
