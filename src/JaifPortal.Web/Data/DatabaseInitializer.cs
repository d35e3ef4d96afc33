using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JaifPortal.Web.Data;

/// <summary>
/// Prepares the database in the background, so the portal starts (and answers /health/ready and pages with
/// 503) even while PostgreSQL is unreachable, and retries until it is back: in Development it migrates and
/// seeds; elsewhere it waits until the 'migrate' command has applied every migration this build knows.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceProvider services,
    IConfiguration configuration,
    DatabaseReadiness readiness,
    IOptions<DatabaseStartupOptions> options,
    ILogger<DatabaseInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var server = PortalDatabase.DescribeServer(configuration.GetConnectionString(PortalDatabase.ConnectionStringName));
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await PrepareAsync(server, delay, stoppingToken))
                {
                    readiness.MarkReady();
                    LogReady(server);
                    return;
                }
            }
            catch (PostgresException exception) when (exception.SqlState != PostgresErrorCodes.CannotConnectNow && !stoppingToken.IsCancellationRequested)
            {
                // The server answered but refused: a password, permission or schema problem, not an outage.
                LogRefused(server, exception.SqlState, exception.MessageText, delay.TotalSeconds);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                LogUnreachable(server, exception.Message, delay.TotalSeconds);
            }

            await Task.Delay(delay, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MaxRetryDelay.Ticks));
        }
    }

    /// <returns>Whether the schema is ready.</returns>
    private async Task<bool> PrepareAsync(string server, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStartup)
        {
            await PortalDatabase.MigrateAndSeedAsync(services, cancellationToken);
            if (options.Value.CreateDevelopmentAdministrator)
            {
                await CreateDevelopmentAdministratorAsync();
            }

            return true;
        }

        await using var scope = services.CreateAsyncScope();
        var pending = (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrationsPending(server, pending.Count, pending[^1], delay.TotalSeconds);
        }

        return pending.Count == 0;
    }

    /// <summary>On a fresh development database, an administrator to try the back office with; its password is printed once.</summary>
    private async Task CreateDevelopmentAdministratorAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var (password, _) = await AdministratorAccounts.CreateAsync(
            users, scope.ServiceProvider.GetRequiredService<TimeProvider>(), DevelopmentAdministratorEmail, "Development administrator");
        if (password is not null)
        {
            LogDevelopmentAdministrator(DevelopmentAdministratorEmail, password);
        }
    }

    public const string DevelopmentAdministratorEmail = "admin@jaifportal.localhost";

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Development administrator created: sign in at /admin/sign-in as {Email} with the password {Password} (shown only this once)")]
    private partial void LogDevelopmentAdministrator(string email, string password);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "PostgreSQL at {Server} refused to prepare the portal's database ({SqlState}: {Reason}). Check the user, its rights and the schema; " +
        "the portal answers 503 until then; retrying in {DelaySeconds} s")]
    private partial void LogRefused(string server, string sqlState, string reason, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "The database at {Server} lacks {Count} migration(s) of this build (the last: {Migration}). Run the 'migrate' command once " +
        "(dotnet JaifPortal.Web.dll migrate); the portal answers 503 until then; checking again in {DelaySeconds} s")]
    private partial void LogMigrationsPending(string server, int count, string migration, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database at {Server} is migrated and seeded")]
    private partial void LogReady(string server);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "Cannot reach PostgreSQL at {Server}: {Reason}. Start that server or point ConnectionStrings__Portal at a running one " +
        "('make run' starts a local one). The portal answers 503 until then; retrying in {DelaySeconds} s")]
    private partial void LogUnreachable(string server, string reason, double delaySeconds);
}
