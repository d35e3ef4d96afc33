using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Dashboards;

/// <summary>
/// The seeded portal plus a small fourth pillar whose figures are counted by hand (see
/// <see cref="DashboardTests"/>): areas A and B with work behind them, C with nothing, D with old work
/// only; initiatives in every publication state, milestones and events either side of today.
/// Dates are relative to today in Jakarta, so the counts hold whenever the tests run.
/// </summary>
public sealed class DashboardFixture : SeededPortal
{
    public const string PillarSlug = "test-pillar";
    public const int PillarNumber = 9;

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, PortalTime.Zone).DateTime);

    /// <summary>The start of the recently started initiative (i2), 60 days ago.</summary>
    public static DateOnly RecentStart => Today.AddDays(-60);

    public static DateOnly PastMilestone => Today.AddDays(-30);

    public static DateOnly SoonMilestone => Today.AddDays(20);

    public static DateOnly LaterMilestone => Today.AddDays(200);

    public static DateOnly SoonEvent => Today.AddDays(10);

    protected override async Task AddContentAsync(PortalDbContext db)
    {
        var now = DateTimeOffset.UtcNow;
        var framework = await db.Frameworks.FirstAsync();
        var countries = await db.Countries.ToDictionaryAsync(c => c.IsoCode);
        CooperationArea Area(string slug, int order, string en, string ja) => new()
        {
            Slug = slug,
            SortOrder = order,
            OriginalLanguage = ContentLanguage.English,
            Translations = [Stamp(new CooperationAreaTranslation { Language = ContentLanguage.English, Name = en }, now), Stamp(new CooperationAreaTranslation { Language = ContentLanguage.Japanese, Name = ja }, now)],
        };
        var (a, b, c, d) = (Area("test-area-a", 1, "Area A", "分野A"), Area("test-area-b", 2, "Area B", "分野B"), Area("test-area-c", 3, "Area C", "分野C"), Area("test-area-d", 4, "Area D", "分野D"));
        db.Pillars.Add(new Pillar
        {
            FrameworkId = framework.Id,
            Number = PillarNumber,
            Slug = PillarSlug,
            OriginalLanguage = ContentLanguage.English,
            Areas = [a, b, c, d],
            Translations = [Stamp(new PillarTranslation { Language = ContentLanguage.English, Name = "Test pillar" }, now), Stamp(new PillarTranslation { Language = ContentLanguage.Japanese, Name = "試験の柱" }, now)],
        });
        Organisation Organisation(string slug, string name) => new()
        {
            Slug = slug,
            OriginalLanguage = ContentLanguage.English,
            Publication = PublicationStatus.Published,
            Translations = [Stamp(new OrganisationTranslation { Language = ContentLanguage.English, Name = name }, now)],
        };
        var (leadOne, leadTwo) = (Organisation("lead-one", "Lead One"), Organisation("lead-two", "Lead Two"));

        Initiative Initiative(string slug, InitiativeStatus status, PublicationStatus publication, PartialDate? start, CooperationArea[] areas, string[] codes, Organisation? lead) => new()
        {
            Slug = slug,
            Kind = InitiativeKind.Project,
            Status = status,
            Publication = publication,
            StartDate = start,
            OriginalLanguage = ContentLanguage.English,
            Areas = [.. areas.Select(area => new InitiativeArea { CooperationArea = area })],
            Countries = [.. codes.Select(code => new InitiativeCountry { Country = countries[code] })],
            Organisations = lead is null ? [] : [new InitiativeOrganisation { Organisation = lead, Role = InitiativeRole.Lead }],
            Translations =
            [
                Stamp(new InitiativeTranslation { Language = ContentLanguage.English, Name = $"Initiative {slug}" }, now),
                Stamp(new InitiativeTranslation { Language = ContentLanguage.Japanese, Name = $"取組 {slug}" }, now),
            ],
        };
        var i1 = Initiative("test-i1", InitiativeStatus.Ongoing, PublicationStatus.Published, PartialDate.InYear(2021), [a], ["VN", "TH"], leadOne);
        var i2 = Initiative("test-i2", InitiativeStatus.Ongoing, PublicationStatus.Published, new PartialDate(RecentStart, DatePrecision.Day), [a, b], ["VN"], leadOne);
        var i3 = Initiative("test-i3", InitiativeStatus.Planned, PublicationStatus.InReview, PartialDate.InMonth(2023, 5), [b], ["TH"], leadTwo);
        var i4 = Initiative("test-i4", InitiativeStatus.Completed, PublicationStatus.Draft, PartialDate.InYear(2015), [d], [], null);
        var i5 = Initiative("test-i5", InitiativeStatus.Ongoing, PublicationStatus.Archived, PartialDate.InYear(2022), [a], ["VN"], leadOne);
        KeyFigure Figure(decimal value, FigureUnit unit, FigureApproximation approximation) => new()
        {
            Value = value,
            Unit = unit,
            Approximation = approximation,
            Translations = [Stamp(new KeyFigureTranslation { Language = ContentLanguage.Japanese, Label = "数値" }, now)],
        };
        i1.KeyFigures = [Figure(1_000_000_000m, FigureUnit.Yen, FigureApproximation.Exact), Figure(100m, FigureUnit.People, FigureApproximation.About)];
        i2.KeyFigures = [Figure(2_000_000_000m, FigureUnit.Yen, FigureApproximation.Exact), Figure(50m, FigureUnit.People, FigureApproximation.About)];
        i3.KeyFigures = [Figure(10m, FigureUnit.Days, FigureApproximation.Exact)];
        i5.KeyFigures = [Figure(7_000_000_000m, FigureUnit.Yen, FigureApproximation.Exact)];

        Milestone Milestone(string title, PartialDate date, MilestoneStatus status, string? code) => new()
        {
            Date = date,
            Status = status,
            Country = code is null ? null : countries[code],
            OriginalLanguage = ContentLanguage.English,
            Translations = [Stamp(new MilestoneTranslation { Language = ContentLanguage.English, Title = title }, now)],
        };
        i1.Milestones = [Milestone("m1 done last month", new PartialDate(PastMilestone, DatePrecision.Day), MilestoneStatus.Achieved, "VN"), Milestone("m2 coming soon", new PartialDate(SoonMilestone, DatePrecision.Day), MilestoneStatus.Planned, null)];
        i2.Milestones = [Milestone("m3 later this year", new PartialDate(LaterMilestone, DatePrecision.Day), MilestoneStatus.Planned, "TH")];
        i4.Milestones = [Milestone("m4 long ago", PartialDate.InMonth(2016, 3), MilestoneStatus.Achieved, null)];
        i5.Milestones = [Milestone("m5 archived", new PartialDate(Today.AddDays(10), DatePrecision.Day), MilestoneStatus.Planned, null)];
        db.Initiatives.AddRange(i1, i2, i3, i4, i5);

        Event Event(string slug, PartialDate start, PublicationStatus publication, CooperationArea area, string? code, Organisation? organiser) => new()
        {
            Slug = slug,
            StartDate = start,
            Publication = publication,
            Country = code is null ? null : countries[code],
            OriginalLanguage = ContentLanguage.English,
            Areas = [new EventArea { CooperationArea = area }],
            Organisations = organiser is null ? [] : [new EventOrganisation { Organisation = organiser, Role = EventRole.Organiser }],
            Translations = [Stamp(new EventTranslation { Language = ContentLanguage.English, Name = $"Event {slug}" }, now)],
        };
        db.Events.AddRange(
            Event("test-e1", new PartialDate(SoonEvent, DatePrecision.Day), PublicationStatus.Published, b, "VN", leadTwo),
            Event("test-e2", PartialDate.InMonth(2017, 6), PublicationStatus.Published, d, null, null),
            Event("test-e3", new PartialDate(Today.AddDays(-100), DatePrecision.Day), PublicationStatus.Draft, a, "ID", null),
            Event("test-e4", new PartialDate(Today.AddDays(5), DatePrecision.Day), PublicationStatus.Archived, a, "VN", null));
        await db.SaveChangesAsync();

        // i4 has not been touched for 500 days, and its Japanese text is older than its English original.
        var longAgo = now.AddDays(-500);
        await db.Initiatives.Where(i => i.Id == i4.Id).ExecuteUpdateAsync(set => set.SetProperty(i => i.UpdatedAt, longAgo));
        await db.Set<InitiativeTranslation>().Where(t => t.InitiativeId == i4.Id && t.Language == ContentLanguage.Japanese)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.TextUpdatedAt, now.AddDays(-10)));
    }

    /// <summary>A ready, published text written now, so nothing counts as stale unless a test makes it so.</summary>
    private static T Stamp<T>(T text, DateTimeOffset now)
        where T : Translation
    {
        text.State = TranslationState.Ready;
        text.TextUpdatedAt = now;
        return text;
    }
}
