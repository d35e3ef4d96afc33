using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Data;

/// <summary>
/// The translation backlog PostgreSQL keeps for each record (what the dashboards' stale lists read)
/// follows every way a translation changes: written, rewritten, left behind by its original, removed,
/// and a change of the record's original language.
/// </summary>
public class TranslationBacklogTests
{
    private static readonly DateTimeOffset Written = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static InitiativeTranslation Text(string language, string name, DateTimeOffset at, TranslationState state = TranslationState.Ready) =>
        new() { Language = language, Name = name, TextUpdatedAt = at, State = state };

    private static async Task<InitiativeTranslationBacklog?> BacklogAsync(TestDatabase database, int initiativeId)
    {
        await using var db = database.CreateContext();
        return await db.Set<InitiativeTranslationBacklog>().AsNoTracking().SingleOrDefaultAsync(b => b.InitiativeId == initiativeId);
    }

    /// <summary>An initiative written in Japanese with an English translation, both ready and written at the same moment.</summary>
    private static async Task<int> JapaneseOriginalWithEnglishTranslationAsync(TestDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        var initiative = new Initiative
        {
            Slug = slug,
            OriginalLanguage = ContentLanguage.Japanese,
            Translations = [Text(ContentLanguage.Japanese, "原文", Written), Text(ContentLanguage.English, "Translation", Written)],
        };
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync();
        return initiative.Id;
    }

    [Fact]
    public async Task A_translation_that_falls_behind_its_original_or_awaits_review_is_owed_until_it_is_brought_up_to_date()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var id = await JapaneseOriginalWithEnglishTranslationAsync(database, "backlog-test");

        (await BacklogAsync(database, id)).Should().BeNull("both texts are ready and written together");

        await using (var db = database.CreateContext())
        {
            await db.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id && t.Language == ContentLanguage.Japanese)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.TextUpdatedAt, Written.AddDays(5)));
        }

        (await BacklogAsync(database, id))!.LagsOriginal.Should().BeTrue("the Japanese original changed after the English translation");

        await using (var db = database.CreateContext())
        {
            var english = await db.Set<InitiativeTranslation>().SingleAsync(t => t.InitiativeId == id && t.Language == ContentLanguage.English);
            english.TextUpdatedAt = Written.AddDays(6);
            english.State = TranslationState.NeedsReview;
            await db.SaveChangesAsync();
        }

        var owed = await BacklogAsync(database, id);
        owed!.LagsOriginal.Should().BeFalse("the translation was rewritten after the original");
        owed.OldestUnreadyAt.Should().Be(Written.AddDays(6), "the rewritten translation awaits review since it was written");

        await using (var db = database.CreateContext())
        {
            await db.Initiatives.Where(i => i.Id == id).ExecuteUpdateAsync(set => set.SetProperty(i => i.OriginalLanguage, ContentLanguage.English));
            await db.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id && t.Language == ContentLanguage.English)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.State, TranslationState.Ready));
        }

        (await BacklogAsync(database, id))!.LagsOriginal.Should().BeTrue("with English as the original, the Japanese text is now the older translation");

        await using (var db = database.CreateContext())
        {
            await db.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id && t.Language == ContentLanguage.Japanese).ExecuteDeleteAsync();
        }

        (await BacklogAsync(database, id)).Should().BeNull("with the translation removed, only the ready original is left");
    }

    [Fact]
    public async Task Two_editors_saving_translations_of_one_record_at_the_same_time_both_succeed()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var id = await JapaneseOriginalWithEnglishTranslationAsync(database, "saved-twice-at-once");

        await using var first = database.CreateContext();
        await using var firstSave = await first.Database.BeginTransactionAsync();
        await first.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id && t.Language == ContentLanguage.English)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.State, TranslationState.NeedsReview));
        var second = Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            await using var save = await db.Database.BeginTransactionAsync();
            await db.Set<InitiativeTranslation>().Where(t => t.InitiativeId == id && t.Language == ContentLanguage.Japanese)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.TextUpdatedAt, Written.AddDays(3)));
            await save.CommitAsync();
        });

        await PostgresLocks.UntilAnotherSessionWaitsForAsync(first, "the second save reaches the record while the first is still open");
        await firstSave.CommitAsync();
        await second;

        var owed = await BacklogAsync(database, id);
        owed!.LagsOriginal.Should().BeTrue("the second save made the original newer than the translation");
        owed.OldestUnreadyAt.Should().Be(Written, "the first save sent the translation back for review");
    }

    [Fact]
    public async Task The_seed_content_starts_with_the_backlog_its_translations_owe()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();

        var unready = await db.Initiatives.CountAsync(i => i.Translations.Any(t => t.State != TranslationState.Ready));
        var owed = await db.Set<InitiativeTranslationBacklog>().CountAsync(b => b.OldestUnreadyAt != null);

        unready.Should().BePositive("the translations written for the portal await JMT's review");
        owed.Should().Be(unready);
    }
}
