using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Dashboards;

/// <summary>
/// The seeded portal on 10 May 2025 in Jakarta, plus a small pillar whose recent records are counted by hand for each
/// period (see <see cref="PeriodTests"/>), every record published:
/// area A an initiative started in 2020 with a milestone of 14 February 2025 (the calendar year and the last 12 months,
/// not 年度2025, which begins on 1 April); area B an event of 20 April 2025 (every period); area C an initiative started
/// in August 2024 (the last 12 months only); area D an initiative started in 2019, an event of June 2023, and
/// <see cref="UpcomingMilestones"/> milestones and <see cref="UpcomingEvents"/> events still to come, weekly from 1 June 2025
/// (no period: what is recent is judged up to today), more than the dashboards' lists of 20 hold.
/// A second pillar, <see cref="HeadlinePillarSlug"/>, is counted by hand for the headline figures (see <see cref="HeadlineTests"/>).
/// A country of its own, <see cref="PackCountrySlug"/>, and the links of event headline-e3 to initiatives are counted
/// by hand for the country and event packs (see <see cref="PackFigureTests"/>).
/// </summary>
public sealed class PeriodFixture : SeededPortal
{
    public const string PillarSlug = "period-pillar";
    public const int PillarNumber = 8;

    public const string HeadlinePillarSlug = "headline-pillar";

    public const string PackCountrySlug = "packland";

    public static readonly DateTimeOffset Now = FixedClock.NoonInJakarta(2025, 5, 10);

    public const int UpcomingMilestones = 22;

    public const int UpcomingEvents = 21;

    private static PartialDate Week(int week) => new(new DateOnly(2025, 6, 1).AddDays(7 * week), DatePrecision.Day);

    /// <summary>A fixed clock, and the output cache off, as on a staff page.</summary>
    protected override PortalFactory CreateFactory(string connectionString) => new(
        connectionString,
        new Dictionary<string, string> { ["Portal:OutputCache:Enabled"] = "false" },
        services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));

    protected override async Task AddContentAsync(PortalDbContext db)
    {
        var framework = await db.Frameworks.FirstAsync();
        T Ready<T>(T text)
            where T : Translation
        {
            text.State = TranslationState.Ready;
            text.TextUpdatedAt = Now.ToUniversalTime();
            return text;
        }

        CooperationArea Area(string letter, int order, string prefix = "period") => new()
        {
            Slug = $"{prefix}-area-{letter.ToLowerInvariant()}",
            SortOrder = order,
            OriginalLanguage = ContentLanguage.English,
            Translations =
            [
                Ready(new CooperationAreaTranslation { Language = ContentLanguage.English, Name = $"Area {letter}" }),
                Ready(new CooperationAreaTranslation { Language = ContentLanguage.Japanese, Name = $"分野{letter}" }),
            ],
        };
        var (a, b, c, d) = (Area("A", 1), Area("B", 2), Area("C", 3), Area("D", 4));
        db.Pillars.Add(new Pillar
        {
            FrameworkId = framework.Id,
            Number = PillarNumber,
            Slug = PillarSlug,
            OriginalLanguage = ContentLanguage.English,
            Areas = [a, b, c, d],
            Translations =
            [
                Ready(new PillarTranslation { Language = ContentLanguage.English, Name = "Period pillar" }),
                Ready(new PillarTranslation { Language = ContentLanguage.Japanese, Name = "期間の柱" }),
            ],
        });

        Initiative Initiative(string slug, PartialDate? start, CooperationArea area, params PartialDate[] milestones) => new()
        {
            Slug = slug,
            Kind = InitiativeKind.Project,
            Status = InitiativeStatus.Ongoing,
            Publication = PublicationStatus.Published,
            StartDate = start,
            OriginalLanguage = ContentLanguage.English,
            Areas = [new InitiativeArea { CooperationArea = area }],
            Translations = [Ready(new InitiativeTranslation { Language = ContentLanguage.English, Name = $"Initiative {slug}" })],
            Milestones =
            [
                .. milestones.Select(date => new Milestone
                {
                    Date = date,
                    Status = date.Start.Year == 2025 && date.Start.Month > 5 ? MilestoneStatus.Planned : MilestoneStatus.Achieved,
                    OriginalLanguage = ContentLanguage.English,
                    Translations = [Ready(new MilestoneTranslation { Language = ContentLanguage.English, Title = $"Milestone of {slug}" })],
                }),
            ],
        };
        db.Initiatives.AddRange(
            Initiative("period-a", PartialDate.InYear(2020), a, PartialDate.OnDay(2025, 2, 14)),
            Initiative("period-c", PartialDate.InMonth(2024, 8), c),
            Initiative("period-d", PartialDate.InYear(2019), d, [.. Enumerable.Range(0, UpcomingMilestones).Select(Week)]));

        Event Event(string slug, PartialDate start, CooperationArea area) => new()
        {
            Slug = slug,
            StartDate = start,
            Publication = PublicationStatus.Published,
            OriginalLanguage = ContentLanguage.English,
            Areas = [new EventArea { CooperationArea = area }],
            Translations = [Ready(new EventTranslation { Language = ContentLanguage.English, Name = $"Event {slug}" })],
        };
        db.Events.AddRange(Event("period-b", PartialDate.OnDay(2025, 4, 20), b), Event("period-d-2023", PartialDate.InMonth(2023, 6), d));
        db.Events.AddRange(Enumerable.Range(0, UpcomingEvents).Select(week => Event($"period-d-week-{week}", Week(week), d)));
        await db.SaveChangesAsync();
        await AddHeadlinePillarAsync(db, framework, Area, Initiative, Event);
        await AddPackCountryAsync(db);
    }

    /// <summary>
    /// Packland, named by period-a, headline-1 and the draft headline-4 and holding events headline-e3 and headline-e6;
    /// headline-e3 serves headline-1, headline-3 and the draft headline-4, and headline-e6 serves headline-3.
    /// </summary>
    private static async Task AddPackCountryAsync(PortalDbContext db)
    {
        var country = new Country
        {
            IsoCode = "XP",
            Slug = PackCountrySlug,
            Group = CountryGroup.Other,
            Translations =
            [
                new CountryTranslation { Language = ContentLanguage.English, Name = "Packland", State = TranslationState.Ready },
                new CountryTranslation { Language = ContentLanguage.Japanese, Name = "パックランド", State = TranslationState.Ready },
            ],
        };
        db.Countries.Add(country);
        await db.SaveChangesAsync();

        // The links are rows of their own: the records were changed in the database since they were saved (their stamps),
        // so the context's copies are out of date.
        var initiatives = await db.Initiatives.Where(i => i.Slug == "period-a" || i.Slug.StartsWith("headline-")).ToDictionaryAsync(i => i.Slug, i => i.Id);
        var events = await db.Events.Where(e => e.Slug == "headline-e3" || e.Slug == "headline-e6").ToDictionaryAsync(e => e.Slug, e => e.Id);
        db.Set<InitiativeCountry>().AddRange(
            new[] { "period-a", "headline-1", "headline-4" }.Select(slug => new InitiativeCountry { InitiativeId = initiatives[slug], CountryId = country.Id }));
        db.Set<EventInitiative>().AddRange(
            new[] { "headline-1", "headline-3", "headline-4" }.Select(slug => new EventInitiative { EventId = events["headline-e3"], InitiativeId = initiatives[slug] }));
        db.Set<EventInitiative>().Add(new EventInitiative { EventId = events["headline-e6"], InitiativeId = initiatives["headline-3"] });
        await db.Events.Where(e => events.Values.Contains(e.Id)).ExecuteUpdateAsync(set => set.SetProperty(e => e.CountryId, country.Id));
        await db.SaveChangesAsync();
    }

    /// <summary>The headline pillar's records, as <see cref="HeadlineTests"/> counts them.</summary>
    private static async Task AddHeadlinePillarAsync(
        PortalDbContext db,
        PartnershipFramework framework,
        Func<string, int, string, CooperationArea> area,
        Func<string, PartialDate?, CooperationArea, PartialDate[], Initiative> initiative,
        Func<string, PartialDate, CooperationArea, Event> @event)
    {
        var (a, b, c) = (area("A", 1, "headline"), area("B", 2, "headline"), area("C", 3, "headline"));
        db.Pillars.Add(new Pillar
        {
            FrameworkId = framework.Id,
            Number = PillarNumber - 1,
            Slug = HeadlinePillarSlug,
            OriginalLanguage = ContentLanguage.English,
            Areas = [a, b, c],
            Translations = [new PillarTranslation { Language = ContentLanguage.English, Name = "Headline pillar", State = TranslationState.Ready, TextUpdatedAt = Now.ToUniversalTime() }],
        });
        var draft = initiative("headline-4", PartialDate.InMonth(2025, 1), c, [PartialDate.OnDay(2025, 6, 1)]);
        draft.Publication = PublicationStatus.Draft;
        db.Initiatives.AddRange(
            initiative("headline-1", PartialDate.InYear(2018), a, [
                PartialDate.OnDay(2024, 6, 1), PartialDate.OnDay(2024, 7, 1), PartialDate.OnDay(2024, 8, 10), PartialDate.OnDay(2025, 6, 15), PartialDate.OnDay(2025, 9, 1)]),
            initiative("headline-2", PartialDate.InMonth(2024, 9), b, [PartialDate.InMonth(2025, 8)]),
            initiative("headline-3", PartialDate.OnDay(2025, 3, 1), a, [PartialDate.OnDay(2025, 5, 10), PartialDate.OnDay(2025, 7, 20)]),
            draft,
            initiative("headline-5", null, c, []));
        db.Events.AddRange(
            @event("headline-e1", PartialDate.OnDay(2023, 11, 20), c),
            @event("headline-e2", PartialDate.OnDay(2024, 12, 5), b),
            @event("headline-e3", PartialDate.OnDay(2025, 4, 1), a),
            @event("headline-e4", PartialDate.InMonth(2023, 6), c),
            @event("headline-e5", PartialDate.OnDay(2025, 5, 10), a),
            @event("headline-e6", PartialDate.OnDay(2025, 7, 1), b));
        await db.SaveChangesAsync();

        // When each record was made and last changed, written after the save, which stamps both with the time it runs.
        var now = Now.ToUniversalTime();
        var (made, reviewed) = (new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var initiatives = db.Initiatives.Where(i => i.Slug.StartsWith("headline-"));
        var events = db.Events.Where(e => e.Slug.StartsWith("headline-"));
        await initiatives.ExecuteUpdateAsync(set => set.SetProperty(i => i.CreatedAt, now).SetProperty(i => i.UpdatedAt, now));
        await events.ExecuteUpdateAsync(set => set.SetProperty(e => e.CreatedAt, now).SetProperty(e => e.UpdatedAt, now));
        await initiatives.Where(i => i.Slug == "headline-1")
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.CreatedAt, made).SetProperty(i => i.UpdatedAt, new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        await initiatives.Where(i => i.Slug == "headline-2" || i.Slug == "headline-5").ExecuteUpdateAsync(set => set.SetProperty(i => i.CreatedAt, made));
        await events.Where(e => e.Slug == "headline-e1")
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.CreatedAt, made).SetProperty(e => e.UpdatedAt, new DateTimeOffset(2022, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        await events.Where(e => e.Slug == "headline-e2").ExecuteUpdateAsync(set => set.SetProperty(e => e.CreatedAt, made));
        db.Revisions.Add(new Revision
        {
            RecordType = RecordTypes.Initiative,
            RecordId = await initiatives.Where(i => i.Slug == "headline-5").Select(i => i.Id).SingleAsync(),
            Number = 1,
            Kind = RevisionKind.Saved,
            CreatedAt = reviewed,
            Snapshot = "{}",
        });
        await db.SaveChangesAsync();
    }
}
