using JaifPortal.Web.Data;

namespace JaifPortal.Web.Startup;

/// <summary>
/// "migrate": applies the migrations, loads the seed content and creates the first Data Protection key
/// if there is none, then exits. Production runs it once before the instances start (docker compose
/// runs it as a one-shot service); instances wait, answering 503, until it has run.
/// </summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand));
        var server = PortalDatabase.DescribeServer(app.Configuration.GetConnectionString(PortalDatabase.ConnectionStringName));
        try
        {
            await PortalDatabase.MigrateAndSeedAsync(app.Services, CancellationToken.None);
            DataProtectionSetup.EnsureKeyRing(app.Services);
            logger.LogInformation("Migrated and seeded the database at {Server}", server);
            return 0;
        }
        catch (Npgsql.NpgsqlException exception)
        {
            logger.LogError(exception, "Could not migrate the database at {Server}: {Reason}", server, exception.Message);
            return 1;
        }
    }
}
