using JaifPortal.Web.Data;
using JaifPortal.Web.Data.Generation;

namespace JaifPortal.Web.Startup;

/// <summary>
/// "generate-data [--initiatives N] [--events N] [--milestones N] …": migrates and seeds, then fills
/// the database with a large generated data set for speed measurements. It refuses to run in
/// Production, and on a database that holds more than the seed content unless --force is given.
/// </summary>
public static class GenerateDataCommand
{
    public const string Name = "generate-data";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static Task<int> RunAsync(WebApplication app, string[] args) => RunAsync(app.Services, app.Environment, args.Skip(1).ToList());

    internal static async Task<int> RunAsync(IServiceProvider services, IHostEnvironment environment, IReadOnlyList<string> options)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GenerateDataCommand));
        if (environment.IsProduction())
        {
            logger.LogError(
                "generate-data refuses to run in the {Environment} environment: it fills the database with made-up records. " +
                "Set ASPNETCORE_ENVIRONMENT=Development (make generate-data does) on a database meant for testing",
                environment.EnvironmentName);
            return 1;
        }

        var parsed = GenerationOptions.Parse(options, out var error);
        if (parsed is null)
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(GenerationOptions.Usage);
            return 2;
        }

        var configuration = services.GetRequiredService<IConfiguration>();
        var server = PortalDatabase.DescribeServer(configuration.GetConnectionString(PortalDatabase.ConnectionStringName));
        try
        {
            await PortalDatabase.MigrateAndSeedAsync(services, CancellationToken.None);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            logger.LogInformation("Generating data in the database at {Server}", server);
            var outcome = await new DataGenerator(db, logger).GenerateAsync(parsed, clock.GetUtcNow(), CancellationToken.None);
            return outcome == GenerationOutcome.Refused ? 1 : 0;
        }
        catch (Npgsql.NpgsqlException exception)
        {
            logger.LogError(exception, "Could not generate data in the database at {Server}: {Reason}", server, exception.Message);
            return 1;
        }
    }
}
