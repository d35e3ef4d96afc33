using System.Linq.Expressions;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Discovery.Iati;

/// <summary>Facts the IATI 2.03 schema requires of every activity that an initiative may not have yet.</summary>
public enum IatiGap
{
    /// <summary>At least one activity-date: the portal has neither a start nor an end date.</summary>
    Date,

    /// <summary>At least one participating-org: no published organisation takes part.</summary>
    ParticipatingOrganisation,

    /// <summary>A description with a narrative: no published language has a description or summary.</summary>
    Description,
}

public static class IatiRequirements
{
    // Each requirement once, as an expression PostgreSQL answers for a list and compiled for a loaded initiative.
    private static readonly Expression<Func<Initiative, bool>> HasDate = i => i.StartDate != null || i.EndDate != null;

    private static readonly Expression<Func<Initiative, bool>> HasParticipant = i => i.Organisations.Any(link =>
        link.Organisation.Publication == PublicationStatus.Published && link.Organisation.Translations.Any(t => t.IsPublished));

    private static readonly Expression<Func<Initiative, bool>> HasDescription = i => i.Translations.Any(t =>
        t.IsPublished && (!string.IsNullOrWhiteSpace(t.Description) || !string.IsNullOrWhiteSpace(t.Summary)));

    private static readonly (Func<Initiative, bool> Met, IatiGap Gap)[] Requirements =
    [
        (HasDate.Compile(), IatiGap.Date),
        (HasParticipant.Compile(), IatiGap.ParticipatingOrganisation),
        (HasDescription.Compile(), IatiGap.Description),
    ];

    /// <summary>
    /// What keeps a published initiative out of the IATI file. None of it is made up to fill the gap:
    /// an invented date or funder would travel on as a fact.
    /// </summary>
    public static IReadOnlyList<IatiGap> Missing(Initiative initiative) =>
        [.. Requirements.Where(requirement => !requirement.Met(initiative)).Select(requirement => requirement.Gap)];

    /// <summary>The initiatives IATI can take, in SQL: a list links to its IATI file only when the file would have an activity.</summary>
    public static IQueryable<Initiative> ThatIatiCanTake(this IQueryable<Initiative> initiatives) =>
        initiatives.Where(HasDate).Where(HasParticipant).Where(HasDescription);

    /// <summary>An organisation appears in the file when it is published and has a name in a published language.</summary>
    public static bool CanParticipate(InitiativeOrganisation link) =>
        link.Organisation.Publication == PublicationStatus.Published && link.Organisation.Translations.Any(t => t.IsPublished);
}
