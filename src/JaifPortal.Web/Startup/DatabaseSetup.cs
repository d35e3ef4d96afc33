using JaifPortal.Web.Data;
using JaifPortal.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JaifPortal.Web.Startup;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Portal";

    public static WebApplicationBuilder AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL connection string is configured. Set ConnectionStrings:{ConnectionStringName} " +
                $"(environment variable ConnectionStrings__{ConnectionStringName}), or start the portal with 'make run', which starts a local PostgreSQL.");
        }

        builder.Services.AddSingleton(TimeProvider.System);
        // The factory also registers the context per request; QueryLanes takes further contexts from it
        // for pages that run queries side by side (dashboards, search).
        builder.Services.AddDbContextFactory<PortalDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.ExecutionStrategy(dependencies => new RetryReadsOnBrokenConnection(dependencies)))
            .UseSnakeCaseNamingConvention());
        builder.Services.AddSingleton<QueryLanes>();
        builder.Services.AddScoped<ContentSeeder>();
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.Configure<DatabaseStartupOptions>(builder.Configuration.GetSection(DatabaseStartupOptions.Section));
        if (builder.Configuration.GetValue<bool>($"{DatabaseStartupOptions.Section}:{nameof(DatabaseStartupOptions.MigrateOnStartup)}"))
        {
            builder.Services.AddHostedService<DatabaseInitializer>();
        }
        else
        {
            // Production migrates with the 'migrate' command before instances start, so the schema is ready from the first request.
            builder.Services.AddHostedService<ReadyWithoutMigrating>();
        }

        builder.Services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database")
            .AddCheck<DatabaseReadinessCheck>("schema");
        return builder;
    }

    /// <summary>Where the portal connects, for log lines: host, port, database and user, never the password.</summary>
    public static string DescribeServer(string? connectionString)
    {
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        return $"Host={parsed.Host};Port={parsed.Port};Database={parsed.Database};Username={parsed.Username}";
    }

    /// <summary>Applies pending migrations and loads the seed content; used at start-up and by the 'migrate' command.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedEmbeddedAsync(cancellationToken);
    }
}
