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
/// </summary>
public sealed class PeriodFixture : SeededPortal
{
    public const string PillarSlug = "period-pillar";
    public const int PillarNumber = 8;

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

        CooperationArea Area(string letter, int order) => new()
        {
            Slug = $"period-area-{letter.ToLowerInvariant()}",
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

        Initiative Initiative(string slug, PartialDate start, CooperationArea area, params PartialDate[] milestones) => new()
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
    }
}
