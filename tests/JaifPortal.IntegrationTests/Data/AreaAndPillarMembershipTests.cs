using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Data;

/// <summary>
/// The areas and pillars PostgreSQL keeps on each initiative and event (what the dashboards and the
/// facets read instead of joining the links) follow the links: added, removed, moved to another pillar,
/// and as seeded.
/// </summary>
public class AreaAndPillarMembershipTests
{
    /// <summary>The initiative and the event of the test both belong to exactly these areas and pillars.</summary>
    private static async Task BothBelongToAsync(TestDatabase database, string because, int[] areas, params int[] pillars)
    {
        await using var db = database.CreateContext();
        var initiative = await db.Initiatives.AsNoTracking().SingleAsync(i => i.Slug == Slug);
        var @event = await db.Events.AsNoTracking().SingleAsync(e => e.Slug == Slug);
        initiative.AreaIds.Should().Equal(areas, because);
        @event.AreaIds.Should().Equal(areas, because);
        initiative.PillarIds.Should().Equal(pillars, because);
        @event.PillarIds.Should().Equal(pillars, because);
    }

    private const string Slug = "membership-test";

    [Fact]
    public async Task A_records_pillars_follow_its_areas_when_they_are_added_removed_or_moved_to_another_pillar()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        int first, second, third;
        int firstArea, secondArea;
        await using (var db = database.CreateContext())
        {
            var pillars = await db.Pillars.OrderBy(p => p.Number).Select(p => p.Id).ToListAsync();
            (first, second, third) = (pillars[0], pillars[1], pillars[2]);
            firstArea = await db.CooperationAreas.Where(a => a.PillarId == first).OrderBy(a => a.SortOrder).Select(a => a.Id).FirstAsync();
            secondArea = await db.CooperationAreas.Where(a => a.PillarId == second).OrderBy(a => a.SortOrder).Select(a => a.Id).FirstAsync();
            db.Initiatives.Add(new Initiative
            {
                Slug = Slug,
                OriginalLanguage = ContentLanguage.English,
                Areas = [new InitiativeArea { CooperationAreaId = firstArea }],
                Translations = [new InitiativeTranslation { Language = ContentLanguage.English, Name = "Membership" }],
            });
            db.Events.Add(new Event
            {
                Slug = Slug,
                StartDate = PartialDate.InYear(2026),
                OriginalLanguage = ContentLanguage.English,
                Areas = [new EventArea { CooperationAreaId = firstArea }],
                Translations = [new EventTranslation { Language = ContentLanguage.English, Name = "Membership" }],
            });
            await db.SaveChangesAsync();
        }

        await BothBelongToAsync(database, "both were saved with an area of the first pillar", [firstArea], first);

        await using (var db = database.CreateContext())
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Slug == Slug);
            var @event = await db.Events.SingleAsync(e => e.Slug == Slug);
            db.Add(new InitiativeArea { InitiativeId = initiative.Id, CooperationAreaId = secondArea });
            db.Add(new EventArea { EventId = @event.Id, CooperationAreaId = secondArea });
            await db.SaveChangesAsync();
        }

        await BothBelongToAsync(database, "each gained an area of the second pillar", [.. new[] { firstArea, secondArea }.Order()], first, second);

        await using (var db = database.CreateContext())
        {
            await db.Set<InitiativeArea>().Where(link => link.Initiative.Slug == Slug && link.CooperationAreaId == firstArea).ExecuteDeleteAsync();
            await db.Set<EventArea>().Where(link => link.Event.Slug == Slug && link.CooperationAreaId == firstArea).ExecuteDeleteAsync();
        }

        await BothBelongToAsync(database, "only the second pillar's area is left", [secondArea], second);

        await using (var db = database.CreateContext())
        {
            await db.CooperationAreas.Where(a => a.Id == secondArea).ExecuteUpdateAsync(set => set.SetProperty(a => a.PillarId, third));
        }

        await BothBelongToAsync(database, "their area moved to the third pillar", [secondArea], third);

        await using (var db = database.CreateContext())
        {
            await db.Set<InitiativeArea>().Where(link => link.Initiative.Slug == Slug).ExecuteDeleteAsync();
            await db.Set<EventArea>().Where(link => link.Event.Slug == Slug).ExecuteDeleteAsync();
        }

        await BothBelongToAsync(database, "with no area they belong to no pillar", []);
    }

    [Fact]
    public async Task Two_editors_adding_areas_to_one_initiative_at_the_same_time_both_count()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        int initiativeId, firstArea, secondArea;
        await using (var db = database.CreateContext())
        {
            var areas = await db.CooperationAreas.OrderBy(a => a.PillarId).ThenBy(a => a.SortOrder).Select(a => new { a.Id, a.PillarId }).ToListAsync();
            (firstArea, secondArea) = (areas[0].Id, areas[^1].Id);
            var initiative = new Initiative
            {
                Slug = Slug,
                OriginalLanguage = ContentLanguage.English,
                Translations = [new InitiativeTranslation { Language = ContentLanguage.English, Name = "Membership" }],
            };
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            initiativeId = initiative.Id;
        }

        // The first editor's save holds the initiative's row (an editor's save touches it) while the
        // second one commits: the second's refresh must wait for it, then read both areas, and not hold
        // the content version while it waits (the first needs it to commit).
        await using var first = database.CreateContext();
        await using var firstSave = await first.Database.BeginTransactionAsync();
        first.Add(new InitiativeArea { InitiativeId = initiativeId, CooperationAreaId = firstArea });
        await first.SaveChangesAsync();
        await first.Initiatives.Where(i => i.Id == initiativeId).ExecuteUpdateAsync(set => set.SetProperty(i => i.UpdatedAt, DateTimeOffset.UtcNow));
        var second = Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            await using var save = await db.Database.BeginTransactionAsync();
            db.Add(new InitiativeArea { InitiativeId = initiativeId, CooperationAreaId = secondArea });
            await db.SaveChangesAsync();
            await save.CommitAsync();
        });

        await PostgresLocks.UntilAnotherSessionWaitsForAsync(first, "the second save waits for the first one's row");
        await firstSave.CommitAsync();
        await second;

        await using var check = database.CreateContext();
        var kept = await check.Initiatives.AsNoTracking().Where(i => i.Id == initiativeId).Select(i => i.AreaIds).SingleAsync();
        kept.Should().Equal([.. new[] { firstArea, secondArea }.Order()], "each save's areas stay, whichever committed first");
    }

    [Fact]
    public async Task Every_seeded_record_keeps_exactly_its_areas_and_their_pillars()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();

        var initiatives = await db.Initiatives.AsNoTracking()
            .Select(i => new
            {
                i.Slug,
                i.AreaIds,
                i.PillarIds,
                Areas = i.Areas.Select(link => link.CooperationAreaId).OrderBy(id => id).ToList(),
                Pillars = i.Areas.Select(link => link.CooperationArea.PillarId).Distinct().OrderBy(id => id).ToList(),
            })
            .ToListAsync();
        var events = await db.Events.AsNoTracking()
            .Select(e => new
            {
                e.Slug,
                e.AreaIds,
                e.PillarIds,
                Areas = e.Areas.Select(link => link.CooperationAreaId).OrderBy(id => id).ToList(),
                Pillars = e.Areas.Select(link => link.CooperationArea.PillarId).Distinct().OrderBy(id => id).ToList(),
            })
            .ToListAsync();

        initiatives.Should().NotBeEmpty().And.OnlyContain(i => i.AreaIds.SequenceEqual(i.Areas) && i.PillarIds.SequenceEqual(i.Pillars));
        events.Should().NotBeEmpty().And.OnlyContain(e => e.AreaIds.SequenceEqual(e.Areas) && e.PillarIds.SequenceEqual(e.Pillars));
        initiatives.Should().Contain(i => i.PillarIds.Count > 0, "the seeded initiatives are filed under the plan's areas");
    }
}
