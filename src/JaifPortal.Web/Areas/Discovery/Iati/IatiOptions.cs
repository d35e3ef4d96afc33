using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Discovery.Iati;

/// <summary>
/// Who publishes the IATI file and the organisation identifiers the portal does not store
/// (configuration section Portal:Iati). The defaults are placeholders until JMT registers JAIF
/// as an IATI publisher; docs/iati.md says what to confirm.
/// </summary>
public sealed class IatiOptions
{
    public const string Section = "Portal:Iati";

    /// <summary>Not a registered identifier: it marks the file as unpublishable until JMT has one.</summary>
    public const string PlaceholderReportingOrgRef = "JAIF-PLACEHOLDER";

    /// <summary>The reporting organisation's IATI organisation identifier, the prefix of every activity identifier.</summary>
    public string ReportingOrgRef { get; set; } = PlaceholderReportingOrgRef;

    /// <summary>IATI OrganisationType code; 40 (Multilateral) for a fund of the ASEAN–Japan framework.</summary>
    public string ReportingOrgType { get; set; } = "40";

    /// <summary>The reporting organisation's name by language code.</summary>
    public Dictionary<string, string> ReportingOrgNames { get; set; } = new(StringComparer.Ordinal)
    {
        [ContentLanguage.English] = "Japan-ASEAN Integration Fund",
        [ContentLanguage.Japanese] = "日ASEAN統合基金",
    };

    /// <summary>
    /// Whether the reporting organisation republishes activities others are responsible for, as the
    /// portal does with the Implementation Plan's initiatives (IATI's secondary-reporter flag).
    /// </summary>
    public bool SecondaryReporter { get; set; } = true;

    /// <summary>IATI identifiers and types of the portal's organisations, by organisation slug, where known.</summary>
    public Dictionary<string, IatiOrganisationCodes> Organisations { get; set; } = new(StringComparer.Ordinal);

    public bool HasPlaceholderRef => ReportingOrgRef == PlaceholderReportingOrgRef;
}

/// <summary>An organisation's IATI identifier and OrganisationType code, each optional.</summary>
public sealed class IatiOrganisationCodes
{
    public string? Ref { get; set; }

    public string? Type { get; set; }
}
