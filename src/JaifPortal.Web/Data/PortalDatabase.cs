using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace JaifPortal.Web.Data;

/// <summary>How every <see cref="PortalDbContext"/> is configured: by the portal, its commands, the design-time tools and the tests alike.</summary>
public static class PortalDatabase
{
    /// <summary>The primary: everything that writes, signs in or edits.</summary>
    public const string ConnectionStringName = "Portal";

    /// <summary>A streaming standby (or a multi-host string that prefers one) for visitors' reads of public answers (<see cref="PortalReads"/>).</summary>
    public const string ReadOnlyConnectionStringName = "PortalReadOnly";

    /// <summary>
    /// The portal's database at <paramref name="connectionString"/>, times stamped by <paramref name="clock"/>. A read
    /// whose pooled connection the server had ended runs once more on a new one (ADR 20); with
    /// <paramref name="retryReads"/>, for a read-only database whose connection string names a second host, any query
    /// whose connection failed is tried again, so the retry lands on the host that still answers.
    /// </summary>
    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, string connectionString, TimeProvider clock, bool retryReads = false) =>
        options
            .UseNpgsql(connectionString, npgsql =>
            {
                if (retryReads)
                {
                    npgsql.EnableRetryOnFailure(maxRetryCount: 2, maxRetryDelay: TimeSpan.FromMilliseconds(200), errorCodesToAdd: null);
                }
                else
                {
                    npgsql.ExecutionStrategy(dependencies => new RetryReadsOnBrokenConnection(dependencies));
                }
            })
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new TimeStamping(clock));

    public static DbContextOptions<PortalDbContext> Options(string connectionString, TimeProvider clock, bool retryReads = false) =>
        ((DbContextOptionsBuilder<PortalDbContext>)new DbContextOptionsBuilder<PortalDbContext>().UsePortalDatabase(connectionString, clock, retryReads)).Options;

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

    /// <summary>Stamps <see cref="ITimestamped"/> records with the portal's clock as they are saved.</summary>
    private sealed class TimeStamping(TimeProvider clock) : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Stamp(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Stamp(eventData.Context);
            return ValueTask.FromResult(result);
        }

        private void Stamp(DbContext? context)
        {
            if (context is null)
            {
                return;
            }

            var now = clock.GetUtcNow();
            foreach (var entry in context.ChangeTracker.Entries<ITimestamped>())
            {
                if (entry.State == EntityState.Added)
                {
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                }
                else if (entry.State == EntityState.Modified)
                {
                    entry.Entity.UpdatedAt = now;
                }
            }
        }
    }
}
