using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data;
using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Data.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql;

namespace JaifPortal.IntegrationTests.Data;

/// <summary>
/// The functions and triggers under Data/Sql are the database's own: a migrated database holds exactly their
/// texts, no file changes without a migration that brings the change to databases migrated before it, and the
/// migrations, each applying the files' current texts, still build a populated database right
/// (docs/developers.md, ADR 19).
/// </summary>
public partial class SqlFileTests
{
    /// <summary>PostgreSQL's NAMEDATALEN less one: a longer name is cut to this length, in a file's DROP as in its CREATE.</summary>
    private const int MaxIdentifierLength = 63;

    /// <summary>What a migration's Up does with SQL: the files it applies (and the texts it was written for) and its own statements.</summary>
    private sealed record MigrationSql(string Id, IReadOnlyList<(string Path, string Sha256)> Files, IReadOnlyList<string> OwnSql);

    [Fact]
    public void The_latest_migration_applying_each_file_was_written_for_its_current_text()
    {
        var migrations = Migrations();
        var problems = new List<string>();
        foreach (var path in SqlFiles.Paths())
        {
            var current = Sha256Of(path);
            var latest = migrations.LastOrDefault(migration => migration.Files.Any(file => file.Path == path));
            if (latest is null)
            {
                problems.Add($"No migration applies Data/Sql/{path}: apply it in the migration that needs it, " +
                    $"migrationBuilder.SqlFile(\"{path}\", sha256: \"{current}\").");
            }
            else if (latest.Files.Last(file => file.Path == path).Sha256 != current)
            {
                problems.Add($"Data/Sql/{path} has changed since migration {latest.Id} applied it, and databases migrated " +
                    $"before the change keep the old text. Add a migration that applies it (dotnet ef migrations add …, then " +
                    $"migrationBuilder.SqlFile(\"{path}\", sha256: \"{current}\") in its Up, with the fills the change needs; " +
                    $"docs/developers.md). Only if {latest.Id} is your own and has not been merged, write sha256: \"{current}\" there.");
            }
        }

        string.Join('\n', problems).Should().BeEmpty();
    }

    [Fact]
    public void A_migration_runs_a_function_only_if_no_later_migration_changes_it()
    {
        var migrations = Migrations();
        var functions = SqlFiles.Paths().Where(path => path.StartsWith("Functions/", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), SqlFiles.Read);
        var problems = new List<string>();
        for (var index = 0; index < migrations.Count; index++)
        {
            var run = migrations[index].OwnSql.SelectMany(sql => Named(sql, functions.Keys)).Distinct();
            foreach (var function in run.SelectMany(function => Reached(function, functions)).Distinct())
            {
                var lastChange = migrations.FindLastIndex(migration => migration.Files.Any(file => file.Path == $"Functions/{function}.sql"));
                if (lastChange > index)
                {
                    problems.Add($"Migration {migrations[index].Id} runs {function}, which migration {migrations[lastChange].Id} " +
                        $"changes later: replayed, {migrations[index].Id} would run the later text against its older tables. " +
                        $"Move the statement that runs it (a fill, an index on it) to {migrations[lastChange].Id} (docs/developers.md).");
                }
            }
        }

        string.Join('\n', problems).Should().BeEmpty();
    }

    [Fact]
    public async Task A_migrated_database_holds_exactly_the_functions_and_triggers_of_the_files()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var definedBy = DefinedObjects();
        var problems = FunctionFilesNotNamedAfterTheirFunction(definedBy);

        var migrated = await DefinitionsAsync(connection);
        Dictionary<string, string> reapplied;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var path in SqlFiles.Paths())
            {
                await using var apply = new NpgsqlCommand(SqlFiles.Read(path), connection, transaction);
                await apply.ExecuteNonQueryAsync();
            }

            reapplied = await DefinitionsAsync(connection, transaction);
            await transaction.RollbackAsync();
        }

        foreach (var (name, definition) in reapplied)
        {
            if (!migrated.TryGetValue(name, out var migratedDefinition))
            {
                problems.Add($"Data/Sql/{definedBy[name]} defines the {name}, which the migrations never create: " +
                    $"apply the file in a migration, migrationBuilder.SqlFile(\"{definedBy[name]}\", …).");
            }
            else if (migratedDefinition != definition)
            {
                problems.Add($"The migrated database's {name} is not the text of Data/Sql/{definedBy[name]}: a migration after " +
                    $"the latest that applies the file defines it otherwise. Define it only in the file.");
            }
        }

        problems.AddRange(migrated.Keys.Where(name => !definedBy.ContainsKey(name)).Select(name =>
            $"The migrated database has the {name}, which no file under Data/Sql defines: write it in Functions/ or Triggers/ and " +
            "apply the file with migrationBuilder.SqlFile, or, if it should be gone, drop it in a migration."));
        string.Join('\n', problems).Should().BeEmpty();
    }

    [Fact]
    public async Task A_populated_database_migrated_back_before_the_files_and_forward_again_is_as_it_was()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var migrations = Migrations();
        var beforeTheFiles = migrations[migrations.FindIndex(migration => migration.Files.Count > 0) - 1].Id;
        var seeded = await KeptStateAsync(database);

        await using (var db = database.CreateContext())
        {
            // Down to the schema an old database has, its rows kept; then up again, the current texts of the files
            // meeting those rows in every migration that applies or runs them, as when such a database is upgraded.
            await db.Database.MigrateAsync(beforeTheFiles);
            await db.Database.MigrateAsync();

            // Going back dropped columns later migrations added with their data (which initiatives cover all of ASEAN,
            // the photos' countries); they come back from the seed corrections, the triggers then keeping the rest.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ContentSeeder.LoadEmbeddedCorrections().ApplyAsync(db, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var replayed = await KeptStateAsync(database);
        var changes = seeded.Keys.Union(replayed.Keys).Where(key => seeded.GetValueOrDefault(key) != replayed.GetValueOrDefault(key))
            .Select(key => $"{key}: {seeded.GetValueOrDefault(key) ?? "(none)"} became {replayed.GetValueOrDefault(key) ?? "(none)"}");
        string.Join('\n', changes).Should().BeEmpty(
            "replaying the migrations over rows must fill what the triggers kept while the rows were written, and define the same objects");
    }

    private static List<MigrationSql> Migrations()
    {
        using var db = new PortalDbContext(PortalDatabase.Options("Host=unused", TimeProvider.System));
        var assembly = db.GetService<IMigrationsAssembly>();
        return assembly.Migrations.Select(migration =>
        {
            var statements = assembly.CreateMigration(migration.Value, db.Database.ProviderName!).UpOperations.OfType<SqlOperation>().ToList();
            var files = statements.Where(statement => statement[SqlFiles.PathAnnotation] is not null)
                .Select(statement => ((string)statement[SqlFiles.PathAnnotation]!, (string)statement[SqlFiles.Sha256Annotation]!)).ToList();
            var own = statements.Where(statement => statement[SqlFiles.PathAnnotation] is null).Select(statement => statement.Sql).ToList();
            return new MigrationSql(migration.Key, files, own);
        }).ToList();
    }

    /// <summary>As <see cref="SqlFiles.SqlFile"/> asks for it: the file's leading comment reaches no database, so it does not count.</summary>
    private static string Sha256Of(string path)
    {
        var statements = string.Join('\n', SqlFiles.Read(path).Split('\n').SkipWhile(line => line.StartsWith("--", StringComparison.Ordinal)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(statements)))[..12];
    }

    private static IEnumerable<string> Named(string sql, IEnumerable<string> functions) =>
        functions.Where(function => Regex.IsMatch(sql, $@"\b{function}\s*\("));

    /// <summary>The function and every function its text calls, and theirs in turn.</summary>
    private static HashSet<string> Reached(string function, Dictionary<string, string> functions)
    {
        var reached = new HashSet<string> { function };
        var next = new Queue<string>(reached);
        while (next.TryDequeue(out var caller))
        {
            foreach (var callee in Named(functions[caller], functions.Keys).Where(reached.Add))
            {
                next.Enqueue(callee);
            }
        }

        return reached;
    }

    /// <summary>Which file defines each function and trigger, named as <see cref="DefinitionsAsync"/> names them.</summary>
    private static Dictionary<string, string> DefinedObjects()
    {
        var definedBy = new Dictionary<string, string>();
        foreach (var path in SqlFiles.Paths())
        {
            var text = SqlFiles.Read(path);
            foreach (Match function in CreatedFunction().Matches(text))
            {
                definedBy.Add($"function {function.Groups["name"].Value}", path);
            }

            foreach (Match trigger in CreatedTrigger().Matches(text))
            {
                definedBy.Add($"trigger {Identifier(trigger.Groups["name"].Value)} on {trigger.Groups["table"].Value}", path);
            }
        }

        return definedBy;
    }

    /// <summary>A name as PostgreSQL keeps it: partnership_framework_translation_truncate_bumps_content_version loses its last letter.</summary>
    private static string Identifier(string name) => name.Length > MaxIdentifierLength ? name[..MaxIdentifierLength] : name;

    private static List<string> FunctionFilesNotNamedAfterTheirFunction(Dictionary<string, string> definedBy) =>
        SqlFiles.Paths().Where(path => path.StartsWith("Functions/", StringComparison.Ordinal))
            .Where(path => !definedBy.Where(defined => defined.Value == path).Select(defined => defined.Key)
                .SequenceEqual([$"function {Path.GetFileNameWithoutExtension(path)}"]))
            .Select(path => $"Data/Sql/{path} must define the one function {Path.GetFileNameWithoutExtension(path)}, and nothing else.")
            .ToList();

    /// <summary>PostgreSQL's own text of every function and trigger of the portal (not those of extensions or of foreign keys).</summary>
    private static async Task<Dictionary<string, string>> DefinitionsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        const string Query = """
            SELECT 'function ' || p.proname, pg_get_functiondef(p.oid)
            FROM pg_proc p
            WHERE p.pronamespace = 'public'::regnamespace
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
            UNION ALL
            SELECT 'trigger ' || t.tgname || ' on ' || t.tgrelid::regclass, pg_get_triggerdef(t.oid)
            FROM pg_trigger t
            WHERE NOT t.tgisinternal
            """;
        return await ReadPairsAsync(connection, Query, transaction);
    }

    /// <summary>
    /// The objects the files and the migrations define, and what the triggers keep from the rows: the areas, pillars and
    /// listing columns of each record and the translation backlogs.
    /// </summary>
    private static async Task<Dictionary<string, string>> KeptStateAsync(TestDatabase database)
    {
        const string Query = """
            SELECT 'index ' || indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL
            SELECT 'initiative ' || id, format('areas %s, pillars %s, countries %s, organisations %s, plan order %s',
                area_ids, pillar_ids, country_ids, organisation_ids, plan_order) FROM initiatives
            UNION ALL
            SELECT 'event ' || id, format('areas %s, pillars %s', area_ids, pillar_ids) FROM events
            UNION ALL
            SELECT 'backlog of initiative ' || initiative_id, format('%s %s', lags_original, oldest_unready_at) FROM initiative_translation_backlog
            UNION ALL
            SELECT 'backlog of event ' || event_id, format('%s %s', lags_original, oldest_unready_at) FROM event_translation_backlog
            """;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var state = await ReadPairsAsync(connection, Query);
        foreach (var (name, definition) in await DefinitionsAsync(connection))
        {
            state.Add(name, definition);
        }

        return state;
    }

    private static async Task<Dictionary<string, string>> ReadPairsAsync(NpgsqlConnection connection, string query, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand(query, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        var pairs = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            pairs.Add(reader.GetString(0), reader.GetString(1));
        }

        return pairs;
    }

    [GeneratedRegex(@"CREATE OR REPLACE FUNCTION (?<name>\w+)\(")]
    private static partial Regex CreatedFunction();

    [GeneratedRegex(@"CREATE (?:CONSTRAINT )?TRIGGER (?<name>\w+)\b.*?\bON (?<table>\w+)", RegexOptions.Singleline)]
    private static partial Regex CreatedTrigger();
}
