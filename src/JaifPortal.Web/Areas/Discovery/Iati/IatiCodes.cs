using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Discovery.Iati;

/// <summary>
/// How the portal's values become IATI 2.03 codes. Each choice is explained in docs/iati.md; they
/// are pure functions so that each can be tested on its own.
/// </summary>
public static class IatiCodes
{
    /// <summary>ActivityStatus codelist, from the status on the day that the initiative's page shows (ADR 34).</summary>
    public static string ActivityStatus(InitiativeStanding status) => status switch
    {
        // Still planned: a start date that has passed without a recorded start is not evidence that it began.
        InitiativeStanding.Planned or InitiativeStanding.StartPassed => "1", // Pipeline/identification
        InitiativeStanding.Ongoing => "2", // Implementation
        // Its end date has passed, but nobody has recorded it as completed: finished, not yet closed.
        InitiativeStanding.Ended => "3", // Finalisation
        // Closed rather than Finalisation (3): the file reports no transactions, so none is left open to sign off.
        InitiativeStanding.Completed => "4",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown initiative status."),
    };

    /// <summary>
    /// OrganisationRole codelist. IATI has no "partner" or "host": both take part in carrying the
    /// initiative out, so they are Implementing; the portal's own role travels alongside in its namespace.
    /// </summary>
    public static string OrganisationRole(InitiativeRole role) => role switch
    {
        InitiativeRole.Funder => "1", // Funding
        InitiativeRole.Lead => "2", // Accountable
        InitiativeRole.Implementer or InitiativeRole.Partner or InitiativeRole.Host => "4", // Implementing
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown initiative role."),
    };

    /// <summary>OrganisationType codelist, or null where the portal's kind spans several IATI types.</summary>
    public static string? OrganisationType(OrganisationKind kind) => kind switch
    {
        OrganisationKind.GovernmentBody or OrganisationKind.DiplomaticMission => "10", // Government
        OrganisationKind.ImplementingAgency => "15", // Other Public Sector
        OrganisationKind.AseanBody or OrganisationKind.IntergovernmentalOrganisation => "40", // Multilateral
        OrganisationKind.ResearchInstitute => "80", // Academic, Training and Research
        OrganisationKind.Other => "90", // Other
        _ => null, // a fund or a centre may be public, multilateral or private
    };

    /// <summary>
    /// The activity dates a start and an end date give. A date is actual only when the status says
    /// the initiative got there and the day is not in the future (IATI forbids future actual dates);
    /// otherwise it is planned. A start stands for the first day of the period the source names and
    /// an end for its last day, so "2021–2025" spans five whole years.
    /// </summary>
    public static IReadOnlyList<IatiActivityDate> ActivityDates(InitiativeStatus status, PartialDate? start, PartialDate? end, DateOnly today)
    {
        var dates = new List<IatiActivityDate>();
        if (start is not null)
        {
            var actual = status != InitiativeStatus.Planned && start.Start <= today;
            dates.Add(new IatiActivityDate(actual ? IatiDateType.ActualStart : IatiDateType.PlannedStart, start.Start, start));
        }

        if (end is not null)
        {
            var actual = status == InitiativeStatus.Completed && end.End <= today;
            dates.Add(new IatiActivityDate(actual ? IatiDateType.ActualEnd : IatiDateType.PlannedEnd, end.End, end));
        }

        return dates;
    }

    /// <summary>The RegionVocabulary code of the OECD DAC regions (the CRS recipient codes).</summary>
    public const string OecdDacRegionVocabulary = "1";

    /// <summary>
    /// OECD DAC CRS recipient code 789, "Far East Asia, regional", the region of the DAC list of ODA recipients
    /// that holds the ASEAN Member States (IATI's Region codelist replicates the DAC's; docs/iati.md). The DAC has
    /// no South-East Asia region of its own.
    /// </summary>
    public const string AseanRegion = "789";

    /// <summary>
    /// Percentages IATI requires when an activity has several recipient countries, or several sectors
    /// of one vocabulary: the sources give no split, so it is even, in hundredths that add up to
    /// exactly 100. Null for a single item, whose 100% IATI assumes.
    /// </summary>
    public static IReadOnlyList<decimal>? EvenPercentages(int count)
    {
        if (count < 2)
        {
            return null;
        }

        const int hundredths = 100_00;
        return [.. Enumerable.Range(0, count).Select(index => (hundredths / count + (index < hundredths % count ? 1 : 0)) / 100m)];
    }

    /// <summary>The IANA media type of a linked document, from its address: a known file extension, else a web page.</summary>
    public static string MediaType(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".pdf" => "application/pdf",
            ".doc" => "application/msword",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xls" => "application/vnd.ms-excel",
            ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".ppt" => "application/vnd.ms-powerpoint",
            ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            ".csv" => "text/csv",
            _ => "text/html",
        };
    }
}

/// <summary>ActivityDateType codelist.</summary>
public static class IatiDateType
{
    public const string PlannedStart = "1";
    public const string ActualStart = "2";
    public const string PlannedEnd = "3";
    public const string ActualEnd = "4";
}

/// <summary>An activity-date: its IATI type, the full date IATI needs, and the date as the source gave it.</summary>
public sealed record IatiActivityDate(string Type, DateOnly IsoDate, PartialDate Given);
