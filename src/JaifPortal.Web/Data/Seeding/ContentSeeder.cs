using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Data.Seeding;

/// <summary>
/// Loads the content of the source documents (seed-content.json) into an empty portal, then JMT's
/// initial crosswalk of its areas (seed-crosswalk.json), then the corrections of seeded facts
/// (seed-corrections.json), which reach portals seeded before them the same way. Each body of seed content is applied once, in
/// one transaction, and recorded in <see cref="AppliedSeed"/>; applying it again changes nothing, so an
/// editor's later changes are never overwritten.
/// </summary>
public sealed class ContentSeeder(PortalDbContext db, TimeProvider clock, ILogger<ContentSeeder> logger)
{
    // Any fixed number: it only has to be the same for every instance that may seed at once.
    private const long SeedLockId = 4_216_678_426;

    public const string ContentResource = "JaifPortal.Web.SeedContent.json";

    public const string CrosswalkResource = "JaifPortal.Web.SeedCrosswalk.json";

    public const string CorrectionsResource = "JaifPortal.Web.SeedCorrections.json";

    public const string SitePagesResource = "JaifPortal.Web.SeedSitePages.json";

    /// <summary>The source documents' texts are embedded as JaifPortal.Web.SourceTexts.{file name}.</summary>
    public const string SourceTextsPrefix = "JaifPortal.Web.SourceTexts.";

    /// <summary>The body that gives the seeded source documents their text (documents seeded before it had none).</summary>
    public const string SourceTextsKey = "2026-source-texts-v1";

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static SeedContent LoadEmbeddedContent() => LoadEmbedded<SeedContent>(ContentResource);

    public static SeedCrosswalk LoadEmbeddedCrosswalk() => LoadEmbedded<SeedCrosswalk>(CrosswalkResource);

    public static SeedCorrections LoadEmbeddedCorrections() => LoadEmbedded<SeedCorrections>(CorrectionsResource);

    public static SeedSitePages LoadEmbeddedSitePages() => LoadEmbedded<SeedSitePages>(SitePagesResource);

    /// <summary>Applies every embedded body in order: the records must exist before the crosswalk maps them and the corrections correct them, the documents before their texts.</summary>
    public async Task SeedEmbeddedAsync(CancellationToken cancellationToken)
    {
        await SeedAsync(LoadEmbeddedContent(), cancellationToken);
        await SeedAsync(LoadEmbeddedCrosswalk(), cancellationToken);
        await SeedAsync(LoadEmbeddedCorrections(), cancellationToken);
        await SeedSourceTextsAsync(cancellationToken);
        await SeedAsync(LoadEmbeddedSitePages(), cancellationToken);
    }

    /// <returns>True when the pages were added now, false when the body had been applied before.</returns>
    public Task<bool> SeedAsync(SeedSitePages pages, CancellationToken cancellationToken) =>
        ApplyOnceAsync(pages.Key, async token =>
        {
            var existing = await db.SitePages.Select(p => p.Slug).ToListAsync(token);
            pages.AddTo(db, existing.ToHashSet(StringComparer.Ordinal), clock.GetUtcNow());
            logger.LogInformation("Loading seed site pages {SeedKey}", pages.Key);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Gives each source document whose text is embedded (by its file name) and not yet held that text; waits,
    /// like the crosswalk, while there are no documents yet.
    /// </summary>
    public Task<bool> SeedSourceTextsAsync(CancellationToken cancellationToken) =>
        ApplyOnceAsync(SourceTextsKey, async token =>
        {
            if (!await db.SourceDocuments.AnyAsync(token))
            {
                return false;
            }

            var documents = await db.SourceDocuments
                .Where(d => !db.SourceDocumentTexts.Any(t => t.SourceDocumentId == d.Id))
                .Select(d => new { d.Id, d.FileName })
                .ToListAsync(token);
            var assembly = typeof(ContentSeeder).Assembly;
            foreach (var document in documents)
            {
                await using var stream = assembly.GetManifestResourceStream(SourceTextsPrefix + document.FileName);
                if (stream is not null)
                {
                    using var reader = new StreamReader(stream);
                    db.SourceDocumentTexts.Add(new Domain.SourceDocumentText { SourceDocumentId = document.Id, Text = await reader.ReadToEndAsync(token) });
                }
            }

            logger.LogInformation("Loading the source documents' texts {SeedKey}", SourceTextsKey);
            return true;
        }, cancellationToken);

    /// <returns>True when the content was loaded now, false when it had been loaded before.</returns>
    public Task<bool> SeedAsync(SeedContent content, CancellationToken cancellationToken) =>
        ApplyOnceAsync(content.Key, _ =>
        {
            new SeedMapper(db, clock.GetUtcNow()).AddAll(content);
            logger.LogInformation(
                "Loading seed content {SeedKey}: {Initiatives} initiatives, {Events} events, {Organisations} organisations",
                content.Key, content.Initiatives.Count, content.Events.Count, content.Organisations.Count);
            return Task.FromResult(true);
        }, cancellationToken);

    /// <returns>
    /// True when the crosswalk was loaded now; false when it had been loaded before, or when there are no
    /// areas to map yet (it is then tried again at the next start rather than recorded as done).
    /// </returns>
    public Task<bool> SeedAsync(SeedCrosswalk crosswalk, CancellationToken cancellationToken) =>
        ApplyOnceAsync(crosswalk.Key, async token =>
        {
            var areaIds = await db.CooperationAreas.ToDictionaryAsync(a => a.Slug, a => a.Id, token);
            if (areaIds.Count == 0)
            {
                logger.LogWarning("Seed crosswalk {SeedKey} waits: there are no cooperation areas to map yet", crosswalk.Key);
                return false;
            }

            var mapped = crosswalk.AddTo(db, areaIds, slug =>
                logger.LogWarning("Seed crosswalk {SeedKey} names the area {AreaSlug}, which does not exist; it is left out", crosswalk.Key, slug));
            logger.LogInformation("Loading seed crosswalk {SeedKey}: {Areas} areas mapped", crosswalk.Key, mapped);
            return true;
        }, cancellationToken);

    /// <returns>True when the corrections were applied now; false when they had been before, or when there are no countries yet (tried again at the next start).</returns>
    public Task<bool> SeedAsync(SeedCorrections corrections, CancellationToken cancellationToken) =>
        ApplyOnceAsync(corrections.Key, async token =>
        {
            if (!await db.Countries.AnyAsync(token))
            {
                logger.LogWarning("Seed corrections {SeedKey} wait: there is no seeded content to correct yet", corrections.Key);
                return false;
            }

            await corrections.ApplyAsync(db, token);
            logger.LogInformation("Applying seed corrections {SeedKey}", corrections.Key);
            return true;
        }, cancellationToken);

    private static T LoadEmbedded<T>(string resource)
    {
        using var stream = typeof(ContentSeeder).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The seed body {resource} is not embedded in the assembly.");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"The seed body {resource} is empty.");
    }

    /// <summary>
    /// Runs <paramref name="add"/> and records the key, in one transaction under an advisory lock, unless
    /// the key is recorded already or <paramref name="add"/> declines (returns false).
    /// </summary>
    private async Task<bool> ApplyOnceAsync(string key, Func<CancellationToken, Task<bool>> add, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockId})", token);
            if (await db.AppliedSeeds.AnyAsync(seed => seed.Key == key, token))
            {
                logger.LogInformation("Seed content {SeedKey} was loaded before; nothing to do", key);
                return false;
            }

            if (!await add(token))
            {
                db.ChangeTracker.Clear();
                return false;
            }

            db.AppliedSeeds.Add(new AppliedSeed { Key = key, AppliedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            logger.LogInformation("Loaded seed content {SeedKey}", key);
            return true;
        }, cancellationToken);
    }
}
