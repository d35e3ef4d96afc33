using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages;

/// <summary>
/// The front page: the partnership's statement, the headline figures, what is new, the next events and the three
/// pillars. Everything computed from the content is kept while the content is unchanged (ADR 13), so a visitor's
/// first page costs two small reads (the framework and the pillars) besides the content version.
/// </summary>
[PublicCache]
public sealed class HomeModel(PortalDbContext db, ContentCache kept, TimeProvider clock) : PublicPageModel
{
    /// <summary>How many records "What's new" and the upcoming events list: a glance, with a link to the whole list.</summary>
    public const int ListLength = 5;

    public PartnershipFramework? Framework { get; private set; }

    public IReadOnlyList<PillarSummary> Pillars { get; private set; } = [];

    public HomeFigures Figures { get; private set; } = new(0, 0, 0, new Dictionary<int, int>(), [], []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Framework = await db.Frameworks.AsNoTracking()
            .Include(f => f.Translations)
            .Include(f => f.SourceDocument!).ThenInclude(d => d.Translations)
            .OrderBy(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken);

        // "Upcoming" depends on the day as well as the content, so the day is part of the key.
        var today = PortalTime.Today(clock);
        Figures = await kept.GetOrComputeAsync((nameof(HomeModel), today), () => HomeFigures.ComputeAsync(db, today, cancellationToken), cancellationToken);
        var pillars = await db.Pillars.AsNoTracking()
            .OrderBy(p => p.Number)
            .Select(p => new { p.Id, p.Number, p.Slug, p.OriginalLanguage, Translations = p.Translations.ToList(), AreaCount = p.Areas.Count })
            .ToListAsync(cancellationToken);
        Pillars =
        [
            .. pillars.Select(p => new PillarSummary(
                p.Number, p.Slug, p.OriginalLanguage, p.Translations, p.AreaCount, Figures.InitiativesPerPillar.GetValueOrDefault(p.Id))),
        ];
    }

    public sealed record PillarSummary(
        int Number, string Slug, string OriginalLanguage, List<PillarTranslation> Translations, int AreaCount, int InitiativeCount);
}

/// <summary>What the front page computes from the content: the headline counts, the latest published records and the next events.</summary>
public sealed record HomeFigures(
    int Initiatives, int Countries, int UpcomingEvents, IReadOnlyDictionary<int, int> InitiativesPerPillar,
    IReadOnlyList<NewRecord> WhatsNew, IReadOnlyList<EventItem> NextEvents)
{
    public static async Task<HomeFigures> ComputeAsync(PortalDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var initiatives = db.Initiatives.AsNoTracking().Published();
        var upcoming = db.Events.AsNoTracking().Published().Where(StatusToday.UpcomingEvents(today));
        var perPillar = await initiatives
            .SelectMany(i => i.PillarIds).GroupBy(pillarId => pillarId)
            .Select(g => new { PillarId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.PillarId, g => g.Count, cancellationToken);

        // The countries counted as on the countries page: each country an initiative keeps on its row.
        var countries = await initiatives.SelectMany(i => i.CountryIds).Distinct().CountAsync(cancellationToken);
        var newInitiatives = await initiatives
            .OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Slug).Take(HomeModel.ListLength)
            .Select(i => new NewRecord(RecordTypes.Initiative, i.Slug, i.PublishedAt, i.OriginalLanguage, i.Translations.Select(t => new RecordName { Language = t.Language, Name = t.Name, IsPublished = t.IsPublished }).ToList()))
            .ToListAsync(cancellationToken);
        var newEvents = await db.Events.AsNoTracking().Published()
            .OrderByDescending(e => e.PublishedAt).ThenBy(e => e.Slug).Take(HomeModel.ListLength)
            .Select(e => new NewRecord(RecordTypes.Event, e.Slug, e.PublishedAt, e.OriginalLanguage, e.Translations.Select(t => new RecordName { Language = t.Language, Name = t.Name, IsPublished = t.IsPublished }).ToList()))
            .ToListAsync(cancellationToken);
        return new HomeFigures(
            await initiatives.CountAsync(cancellationToken),
            countries,
            await upcoming.CountAsync(cancellationToken),
            perPillar,
            [.. newInitiatives.Concat(newEvents).OrderByDescending(r => r.PublishedAt).ThenBy(r => r.Slug).Take(HomeModel.ListLength)],
            await upcoming.OrderBy(e => e.StartDate.Start).ThenBy(e => e.Slug).Take(HomeModel.ListLength).ToItems().ToListAsync(cancellationToken));
    }
}

/// <summary>A record in "What's new": its type (<see cref="RecordTypes"/>), address, when it was published, and its name in each language.</summary>
public sealed record NewRecord(string RecordType, string Slug, DateTimeOffset? PublishedAt, string OriginalLanguage, List<RecordName> Names);

/// <summary>Only the name of a record's translation: all "What's new" shows.</summary>
public sealed class RecordName : Translation
{
    public required string Name { get; init; }
}
