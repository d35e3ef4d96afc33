using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Data.Seeding;

/// <summary>
/// Loads the content of the source documents (seed-content.json) into an empty portal. Each body of
/// seed content is applied once, in one transaction, and recorded in <see cref="AppliedSeed"/>;
/// applying it again changes nothing, so an editor's later changes are never overwritten.
/// </summary>
public sealed class ContentSeeder(PortalDbContext db, TimeProvider clock, ILogger<ContentSeeder> logger)
{
    // Any fixed number: it only has to be the same for every instance that may seed at once.
    private const long SeedLockId = 4_216_678_426;

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static SeedContent LoadEmbeddedContent()
    {
        using var stream = typeof(ContentSeeder).Assembly.GetManifestResourceStream("JaifPortal.Web.SeedContent.json")
            ?? throw new InvalidOperationException("The seed content is not embedded in the assembly.");
        return JsonSerializer.Deserialize<SeedContent>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The seed content is empty.");
    }

    /// <returns>True when the content was loaded now, false when it had been loaded before.</returns>
    public async Task<bool> SeedAsync(SeedContent content, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockId})", token);
            if (await db.AppliedSeeds.AnyAsync(seed => seed.Key == content.Key, token))
            {
                logger.LogInformation("Seed content {SeedKey} was loaded before; nothing to do", content.Key);
                return false;
            }

            var now = clock.GetUtcNow();
            new SeedMapper(db, now).AddAll(content);
            db.AppliedSeeds.Add(new AppliedSeed { Key = content.Key, AppliedAt = now });
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            logger.LogInformation(
                "Loaded seed content {SeedKey}: {Initiatives} initiatives, {Events} events, {Organisations} organisations",
                content.Key, content.Initiatives.Count, content.Events.Count, content.Organisations.Count);
            return true;
        }, cancellationToken);
    }
}
