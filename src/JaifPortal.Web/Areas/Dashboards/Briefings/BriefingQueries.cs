using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards.Briefings;

/// <summary>An initiative as a briefing pack summarises it: what it is, where it stands and its figures.</summary>
public sealed record BriefingInitiative(
    int Id,
    string Slug,
    string? Acronym,
    InitiativeStatus Status,
    PartialDate? StartDate,
    PartialDate? EndDate,
    DateTimeOffset? PublishedAt,
    string OriginalLanguage,
    List<InitiativeTranslation> Translations,
    List<BriefingFigure> KeyFigures) : ITranslated<InitiativeTranslation>
{
    ICollection<InitiativeTranslation> ITranslated<InitiativeTranslation>.Translations => Translations;
}

public sealed record BriefingFigure(decimal Value, FigureUnit Unit, FigureApproximation Approximation, string OriginalLanguage, List<KeyFigureTranslation> Translations)
    : ITranslated<KeyFigureTranslation>
{
    ICollection<KeyFigureTranslation> ITranslated<KeyFigureTranslation>.Translations => Translations;
}

public sealed record UpcomingMilestone(
    PartialDate Date,
    MilestoneStatus Status,
    string OriginalLanguage,
    List<MilestoneTranslation> Translations,
    string InitiativeSlug,
    string InitiativeOriginalLanguage,
    List<InitiativeTranslation> InitiativeTranslations) : ITranslated<MilestoneTranslation>
{
    ICollection<MilestoneTranslation> ITranslated<MilestoneTranslation>.Translations => Translations;
}

/// <summary>A record a pack was built from, with the revision its published text came from.</summary>
public sealed record UsedRecord(string RecordType, string Name, string NameLanguage, int? Revision, DateTimeOffset? PublishedAt);

public static class BriefingQueries
{
    /// <summary>A pack summarises this many initiatives at most and says how many more there are.</summary>
    public const int MaxInitiatives = 40;

    public const int MaxMilestones = 30;

    public const int UpcomingMonths = 12;

    /// <summary>Planned and ongoing work first (what an ambassador asks about), newest start first.</summary>
    public static Task<List<BriefingInitiative>> SummariesAsync(IQueryable<Initiative> initiatives, CancellationToken cancellationToken) =>
        initiatives
            .OrderBy(i => i.Status == InitiativeStatus.Completed)
            .ThenByDescending(i => i.StartDate!.Start)
            .ThenBy(i => i.Slug)
            .Take(MaxInitiatives)
            .Select(i => new BriefingInitiative(
                i.Id,
                i.Slug,
                i.Acronym,
                i.Status,
                i.StartDate,
                i.EndDate,
                i.PublishedAt,
                i.OriginalLanguage,
                i.Translations.ToList(),
                i.KeyFigures.OrderBy(f => f.SortOrder)
                    .Select(f => new BriefingFigure(f.Value, f.Unit, f.Approximation, f.OriginalLanguage, f.Translations.ToList()))
                    .ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Milestones of published initiatives whose period overlaps the coming months, soonest first
    /// (a month or a fiscal year under way still counts, as on the dashboards).
    /// </summary>
    public static Task<List<UpcomingMilestone>> UpcomingAsync(IQueryable<Milestone> milestones, DateOnly today, CancellationToken cancellationToken) =>
        milestones
            .Where(m => m.Initiative.Publication == PublicationStatus.Published)
            .Where(PillarDashboardQuery.MilestoneWithin(DateWindow.Next(today, UpcomingMonths)))
            .OrderBy(m => m.Date.Start).ThenBy(m => m.Id)
            .Take(MaxMilestones)
            .Select(m => new UpcomingMilestone(
                m.Date, m.Status, m.OriginalLanguage, m.Translations.ToList(), m.Initiative.Slug, m.Initiative.OriginalLanguage, m.Initiative.Translations.ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    /// <summary>The number of the latest revision that was published, per record; none for records never edited since import.</summary>
    public static Task<Dictionary<int, int>> PublishedRevisionsAsync(PortalDbContext db, string recordType, IReadOnlyCollection<int> recordIds, CancellationToken cancellationToken)
    {
        var everyRevisionIsPublic = RecordTypes.IsStructural(recordType);
        return db.Revisions
            .Where(r => r.RecordType == recordType && recordIds.Contains(r.RecordId))
            .Where(r => everyRevisionIsPublic || r.Kind == RevisionKind.Published)
            .GroupBy(r => r.RecordId)
            .Select(g => new { RecordId = g.Key, Number = g.Max(r => r.Number) })
            .ToDictionaryAsync(r => r.RecordId, r => r.Number, cancellationToken);
    }
}
