using System.Diagnostics;
using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JaifPortal.Web.Data.Generation;

public enum GenerationOutcome
{
    Generated,

    /// <summary>Generated records were there already and --keep-existing asked to leave them.</summary>
    KeptExisting,

    /// <summary>The database holds more than the seed content and --force was not given.</summary>
    Refused,
}

/// <summary>
/// Fills a seeded database with a large generated data set for load and speed measurements (see
/// docs/benchmarks.md). Every generated initiative, event and organisation has a slug starting with
/// <see cref="SlugPrefix"/>. Everything is written in one transaction with binary COPY, then the
/// tables are analysed so the planner sees their real size.
/// </summary>
public sealed class DataGenerator(PortalDbContext db, ILogger logger)
{
    public const string SlugPrefix = "gen-";

    private const string GeneratedPattern = SlugPrefix + "%";

    /// <summary>
    /// The triggers that refresh a record's listing columns and its areas and pillars (ADR 14, ADR 17) once
    /// per changed link, at the commit. For the hundreds of thousands of links written here that is as many
    /// refreshes of about 0.7 ms each: the commit took minutes and ran past the command timeout. They are off
    /// for this transaction only (ALTER TABLE is transactional, and they are on again before the commit);
    /// <see cref="RefreshEveryRecord"/> then computes the same columns once for every record, as the
    /// migrations that introduced them do.
    /// </summary>
    private static readonly (string Table, string Trigger)[] PerLinkRefreshes =
    [
        ("initiative_area", "initiative_area_aligns_listing"),
        ("initiative_area", "initiative_area_aligns_membership"),
        ("initiative_country", "initiative_country_aligns_listing"),
        ("initiative_organisation", "initiative_organisation_aligns_listing"),
        ("milestones", "milestones_aligns_listing"),
        ("event_area", "event_area_aligns_membership"),
    ];

    private const string RefreshEveryRecord = """
        SELECT refresh_initiative_listing(ARRAY(SELECT id FROM initiatives));
        SELECT refresh_initiative_membership(ARRAY(SELECT id FROM initiatives));
        SELECT refresh_event_membership(ARRAY(SELECT id FROM events));
        """;

    public async Task<GenerationOutcome> GenerateAsync(GenerationOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await CountExistingAsync(cancellationToken);
        if (existing.Generated > 0 && options.KeepExisting)
        {
            logger.LogInformation(
                "The database already holds generated records ({Initiatives:N0} initiatives, {Events:N0} events); nothing to do",
                existing.GeneratedInitiatives, existing.GeneratedEvents);
            return GenerationOutcome.KeptExisting;
        }

        if ((existing.Generated > 0 || existing.Other > 0) && !options.Force)
        {
            logger.LogError(
                "The database holds more than the seed content ({Generated:N0} generated and {Other:N0} other initiatives, events, organisations or people). " +
                "generate-data only fills a database that holds the seed content alone; pass --force to add generated records anyway (earlier generated records are replaced)",
                existing.Generated, existing.Other);
            return GenerationOutcome.Refused;
        }

        var watch = Stopwatch.StartNew();
        var reference = await LoadReferenceAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                await ExecuteAsync(connection, "LOCK TABLE organisations, initiatives, events IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
                await SwitchPerLinkRefreshesAsync(connection, "DISABLE", cancellationToken);
                if (existing.Generated > 0)
                {
                    await RemoveGeneratedAsync(connection, cancellationToken);
                }

                var firstIds = new FirstIds(
                    await NextIdAsync(connection, "organisations", cancellationToken),
                    await NextIdAsync(connection, "initiatives", cancellationToken),
                    await NextIdAsync(connection, "key_figures", cancellationToken),
                    await NextIdAsync(connection, "events", cancellationToken),
                    await NextIdAsync(connection, "milestones", cancellationToken));
                var content = new SyntheticContent(reference, firstIds, options.Seed, now).Build(options);
                logger.LogInformation(
                    "Generated {Initiatives:N0} initiatives, {Events:N0} events, {Milestones:N0} milestones and {Organisations:N0} organisations in memory (seed {Seed}); writing them",
                    content.Initiatives.Count, content.Events.Count, content.Milestones.Count, content.Organisations.Count, options.Seed);
                await new GeneratedContentWriter(connection, logger).WriteAsync(content, cancellationToken);
                foreach (var table in GeneratedContentWriter.Tables.Take(5))
                {
                    // Records added later by editors take ids after the generated ones.
                    await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT max(id) FROM {table}), 1))", cancellationToken);
                }

                await ExecuteAsync(connection, RefreshEveryRecord, cancellationToken);

                // PostgreSQL alters no table with trigger events still waiting for the commit (the content
                // version's), so they run now.
                await ExecuteAsync(connection, "SET CONSTRAINTS ALL IMMEDIATE", cancellationToken);
                await SwitchPerLinkRefreshesAsync(connection, "ENABLE", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            await ExecuteAsync(connection, "ANALYZE " + string.Join(", ", GeneratedContentWriter.Tables), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        logger.LogInformation("Generated data written and analysed in {Seconds:0.0} s", watch.Elapsed.TotalSeconds);
        return GenerationOutcome.Generated;
    }

    private sealed record ExistingContent(int GeneratedInitiatives, int GeneratedEvents, int GeneratedOrganisations, int Other)
    {
        public int Generated => GeneratedInitiatives + GeneratedEvents + GeneratedOrganisations;
    }

    private async Task<ExistingContent> CountExistingAsync(CancellationToken cancellationToken)
    {
        var seed = ContentSeeder.LoadEmbeddedContent();
        var seedInitiatives = seed.Initiatives.Select(i => i.Slug).ToList();
        var seedEvents = seed.Events.Select(e => e.Slug).ToList();
        var seedOrganisations = seed.Organisations.Select(o => o.Slug).ToList();
        var seedPeople = seed.People.Select(p => p.Slug).ToList();
        var other =
            await db.Initiatives.CountAsync(i => !i.Slug.StartsWith(SlugPrefix) && !seedInitiatives.Contains(i.Slug), cancellationToken)
            + await db.Events.CountAsync(e => !e.Slug.StartsWith(SlugPrefix) && !seedEvents.Contains(e.Slug), cancellationToken)
            + await db.Organisations.CountAsync(o => !o.Slug.StartsWith(SlugPrefix) && !seedOrganisations.Contains(o.Slug), cancellationToken)
            + await db.People.CountAsync(p => !seedPeople.Contains(p.Slug), cancellationToken);
        return new ExistingContent(
            await db.Initiatives.CountAsync(i => i.Slug.StartsWith(SlugPrefix), cancellationToken),
            await db.Events.CountAsync(e => e.Slug.StartsWith(SlugPrefix), cancellationToken),
            await db.Organisations.CountAsync(o => o.Slug.StartsWith(SlugPrefix), cancellationToken),
            other);
    }

    private async Task<ReferenceData> LoadReferenceAsync(CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.IsoCode, Names = c.Translations.Select(t => new { t.Language, t.Name }).ToList() })
            .ToListAsync(cancellationToken);
        var areas = await db.CooperationAreas.AsNoTracking().OrderBy(a => a.Pillar.Number).ThenBy(a => a.SortOrder)
            .Select(a => new { a.Id, a.Slug, Names = a.Translations.Select(t => new { t.Language, t.Name }).ToList() })
            .ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => !o.Slug.StartsWith(SlugPrefix)).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Slug, o.CountryId, Names = o.Translations.Select(t => new { t.Language, t.Name }).ToList() })
            .ToListAsync(cancellationToken);
        if (countries.Count == 0 || areas.Count == 0)
        {
            throw new InvalidOperationException("The database has no countries or cooperation areas: it must be migrated and seeded first.");
        }

        Phrase Names(IEnumerable<(string Language, string Name)> names, string fallback)
        {
            var byLanguage = names.ToDictionary(n => n.Language, n => n.Name, StringComparer.Ordinal);
            var english = byLanguage.GetValueOrDefault(ContentLanguage.English) ?? byLanguage.GetValueOrDefault(ContentLanguage.Japanese) ?? fallback;
            return new Phrase(english, byLanguage.GetValueOrDefault(ContentLanguage.Japanese) ?? english);
        }

        return new ReferenceData(
            [.. countries.Select(c => new ReferenceCountry(c.Id, c.IsoCode, Names(c.Names.Select(n => (n.Language, n.Name)), c.IsoCode)))],
            [.. areas.Select(a => new ReferenceArea(a.Id, a.Slug, Names(a.Names.Select(n => (n.Language, n.Name)), a.Slug)))],
            [.. organisations.Select(o => new ReferenceOrganisation(o.Id, o.Slug, Names(o.Names.Select(n => (n.Language, n.Name)), o.Slug), o.CountryId))]);
    }

    /// <summary>Deletes earlier generated records, first unhooking anything else that points at them.</summary>
    private async Task RemoveGeneratedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        string[] statements =
        [
            $"DELETE FROM initiative_organisation WHERE organisation_id IN (SELECT id FROM organisations WHERE slug LIKE '{GeneratedPattern}')",
            $"DELETE FROM event_organisation WHERE organisation_id IN (SELECT id FROM organisations WHERE slug LIKE '{GeneratedPattern}')",
            $"UPDATE people SET organisation_id = NULL WHERE organisation_id IN (SELECT id FROM organisations WHERE slug LIKE '{GeneratedPattern}')",
            $"UPDATE initiatives SET parent_initiative_id = NULL WHERE parent_initiative_id IN (SELECT id FROM initiatives WHERE slug LIKE '{GeneratedPattern}')",
            $"DELETE FROM events WHERE slug LIKE '{GeneratedPattern}'",
            $"DELETE FROM initiatives WHERE slug LIKE '{GeneratedPattern}'",
            $"DELETE FROM organisations WHERE slug LIKE '{GeneratedPattern}'",
        ];
        foreach (var statement in statements)
        {
            await ExecuteAsync(connection, statement, cancellationToken);
        }

        logger.LogInformation("Removed the earlier generated records");
    }

    private static async Task SwitchPerLinkRefreshesAsync(NpgsqlConnection connection, string enableOrDisable, CancellationToken cancellationToken)
    {
        foreach (var (table, trigger) in PerLinkRefreshes)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} {enableOrDisable} TRIGGER {trigger}", cancellationToken);
        }
    }

    private static async Task<int> NextIdAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT COALESCE(max(id), 0) + 1 FROM {table}", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
