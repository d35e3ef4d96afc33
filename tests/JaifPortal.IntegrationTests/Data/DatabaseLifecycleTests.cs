using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data;
using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace JaifPortal.IntegrationTests.Data;

public class DatabaseLifecycleTests
{
    private static ContentSeeder Seeder(PortalDbContext db) => new(db, TimeProvider.System, NullLogger<ContentSeeder>.Instance);

    private static async Task<Dictionary<string, int>> CountRecordsAsync(PortalDbContext db) => new()
    {
        ["initiatives"] = await db.Initiatives.CountAsync(),
        ["initiative texts"] = await db.Set<InitiativeTranslation>().CountAsync(),
        ["events"] = await db.Events.CountAsync(),
        ["organisations"] = await db.Organisations.CountAsync(),
        ["people"] = await db.People.CountAsync(),
        ["countries"] = await db.Countries.CountAsync(),
        ["areas"] = await db.CooperationAreas.CountAsync(),
        ["milestones"] = await db.Milestones.CountAsync(),
        ["figures"] = await db.KeyFigures.CountAsync(),
        ["images"] = await db.Images.CountAsync(),
    };

    [Fact]
    public async Task Migrations_build_the_whole_schema_in_an_empty_database()
    {
        await using var database = TestDatabase.CreateNamedOnly();
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a committed migration");
        (await db.Initiatives.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Seeding_twice_creates_nothing_twice()
    {
        await using var database = TestDatabase.CreateNamedOnly();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        var content = ContentSeeder.LoadEmbeddedContent();

        (await Seeder(db).SeedAsync(content, CancellationToken.None)).Should().BeTrue();
        var afterFirst = await CountRecordsAsync(db);
        (await Seeder(db).SeedAsync(content, CancellationToken.None)).Should().BeFalse();
        var afterSecond = await CountRecordsAsync(db);

        afterFirst["initiatives"].Should().Be(content.Initiatives.Count);
        afterFirst["events"].Should().Be(content.Events.Count);
        afterSecond.Should().Equal(afterFirst);
        (await db.Initiatives.GroupBy(i => i.Slug).AnyAsync(group => group.Count() > 1)).Should().BeFalse();
    }

    [Fact]
    public async Task Seeding_again_never_overwrites_or_brings_back_what_an_editor_changed()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.CreateContext())
        {
            var sseayp = await db.Set<InitiativeTranslation>()
                .SingleAsync(t => t.Language == ContentLanguage.English && db.Initiatives.Any(i => i.Id == t.InitiativeId && i.Slug == "sseayp"));
            sseayp.Name = "Edited by JMT";
            var link = await db.Initiatives.Where(i => i.Slug == "aomi").SelectMany(i => i.Links).FirstAsync();
            db.ExternalLinks.Remove(link);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            await Seeder(db).SeedAsync(ContentSeeder.LoadEmbeddedContent(), CancellationToken.None);
        }

        await using var check = database.CreateContext();
        var names = await check.Initiatives.Where(i => i.Slug == "sseayp").SelectMany(i => i.Translations).ToListAsync();
        names.Single(t => t.Language == ContentLanguage.English).Name.Should().Be("Edited by JMT");
        (await check.Initiatives.Where(i => i.Slug == "aomi").SelectMany(i => i.Links).CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Seeded_records_keep_their_source_languages_and_review_states()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();

        var sseayp = await db.Initiatives.Include(i => i.Translations).Include(i => i.SourceDocument).SingleAsync(i => i.Slug == "sseayp");
        sseayp.OriginalLanguage.Should().Be(ContentLanguage.Japanese);
        sseayp.SourceDocument!.FileName.Should().Be("004_216c6a7e8426b993.txt");
        sseayp.Translations.Single(t => t.Language == ContentLanguage.Japanese).State.Should().Be(TranslationState.Ready);
        sseayp.Translations.Single(t => t.Language == ContentLanguage.English).State.Should().Be(TranslationState.NeedsReview);

        var consultation = await db.Events.Include(e => e.Translations).Include(e => e.SourceDocument)
            .SingleAsync(e => e.Slug == "stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        consultation.OriginalLanguage.Should().Be(ContentLanguage.English);
        consultation.StartDate.Should().Be(PartialDate.OnDay(2024, 8, 27));
        consultation.SourceDocument!.FileName.Should().Be("000_baad359f2d30886e.txt");

        var unconfirmed = await db.Initiatives.Where(i => i.Slug == "luang-prabang-action-plan")
            .SelectMany(i => i.Translations).SingleAsync(t => t.Language == ContentLanguage.English);
        unconfirmed.NameConfidence.Should().Be(NameConfidence.Unconfirmed);
        unconfirmed.State.Should().Be(TranslationState.NeedsReview);
    }

    [Fact]
    public async Task Every_area_of_the_plans_table_is_there_under_its_pillar()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();

        var areasPerPillar = await db.Pillars.OrderBy(p => p.Number).Select(p => p.Areas.Count).ToListAsync();

        areasPerPillar.Should().Equal(8, 12, 11);
        (await db.Set<CooperationAreaTranslation>().CountAsync(t => t.Language == ContentLanguage.Japanese)).Should().Be(31);
        (await db.Set<CooperationAreaTranslation>().CountAsync(t => t.Language == ContentLanguage.English)).Should().Be(31);
    }
}
