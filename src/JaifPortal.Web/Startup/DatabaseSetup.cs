using JaifPortal.Web.Data;
using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace JaifPortal.Web.Startup;

public static class DatabaseSetup
{


    public static WebApplicationBuilder AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(PortalDatabase.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL connection string is configured. Set ConnectionStrings:{PortalDatabase.ConnectionStringName} " +
                $"(environment variable ConnectionStrings__{PortalDatabase.ConnectionStringName}), or start the portal with 'make run', which starts a local PostgreSQL.");
        }

        builder.Services.AddSingleton(TimeProvider.System);
        var pool = builder.Configuration.GetSection(ConnectionPoolOptions.Section).Get<ConnectionPoolOptions>() ?? new ConnectionPoolOptions();
        builder.Services.Configure<ConnectionPoolOptions>(builder.Configuration.GetSection(ConnectionPoolOptions.Section));
        var pooledConnectionString = pool.Apply(connectionString);

        // Contexts are pooled: a request rents one instead of building it, from the primary or, for a visitor's public
        // read, from the standby (PortalReads). QueryLanes takes further contexts the same way for pages that run
        // queries side by side (dashboards, search).
        builder.Services.AddPooledDbContextFactory<PortalDbContext>((services, options) => options
            .UsePortalDatabase(pooledConnectionString, services.GetRequiredService<TimeProvider>())
            .AddInterceptors(services.GetRequiredService<ContentWrites>()));
        var standby = builder.Configuration.GetConnectionString(PortalDatabase.ReadOnlyConnectionStringName) is { Length: > 0 } readOnly ? pool.Apply(readOnly) : null;
        builder.Services.AddSingleton(services => new PortalReads(
            services.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
            standby is null ? null : new PooledDbContextFactory<PortalDbContext>(PortalDatabase.Options(standby, services.GetRequiredService<TimeProvider>(), retryReads: true)),
            services.GetRequiredService<PublicPageCache>().IsAnonymousPublicRead));
        builder.Services.AddScoped(services =>
            services.GetRequiredService<PortalReads>().FactoryFor(services.GetRequiredService<IHttpContextAccessor>().HttpContext).CreateDbContext());
        builder.Services.AddSingleton<QueryLanes>();
        builder.Services.AddSingleton(services => new ContentVersionWatch(
            connectionString, services.GetRequiredService<DatabaseReadiness>(), services.GetServices<IContentChangeObserver>(),
            services.GetRequiredService<ILogger<ContentVersionWatch>>()));
        builder.Services.AddHostedService(services => services.GetRequiredService<ContentVersionWatch>());
        builder.Services.AddSingleton<ContentWrites>();
        builder.Services.AddScoped<ContentSeeder>();
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.Configure<DatabaseStartupOptions>(builder.Configuration.GetSection(DatabaseStartupOptions.Section));
        // Development migrates at start-up; production runs the 'migrate' command and the instances wait for it.
        builder.Services.AddHostedService<DatabaseInitializer>();

        builder.Services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database")
            .AddCheck<DatabaseReadinessCheck>("schema");
        return builder;
    }
}
