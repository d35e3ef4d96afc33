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
    /// <summary>
    /// What keeps a published initiative out of the IATI file. None of it is made up to fill the gap:
    /// an invented date or funder would travel on as a fact.
    /// </summary>
    public static IReadOnlyList<IatiGap> Missing(Initiative initiative)
    {
        var gaps = new List<IatiGap>();
        if (initiative.StartDate is null && initiative.EndDate is null)
        {
            gaps.Add(IatiGap.Date);
        }

        if (!initiative.Organisations.Any(CanParticipate))
        {
            gaps.Add(IatiGap.ParticipatingOrganisation);
        }

        if (!initiative.Translations.Any(t => t.IsPublished && (!string.IsNullOrWhiteSpace(t.Description) || !string.IsNullOrWhiteSpace(t.Summary))))
        {
            gaps.Add(IatiGap.Description);
        }

        return gaps;
    }

    /// <summary>An organisation appears in the file when it is published and has a name in a published language.</summary>
    public static bool CanParticipate(InitiativeOrganisation link) =>
        link.Organisation.Publication == PublicationStatus.Published && link.Organisation.Translations.Any(t => t.IsPublished);
}
