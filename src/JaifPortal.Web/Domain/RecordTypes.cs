namespace JaifPortal.Web.Domain;

/// <summary>The kinds of record, by the name revisions and the audit log give them.</summary>
public static class RecordTypes
{
    public const string Initiative = "Initiative";
    public const string Event = "Event";
    public const string Organisation = "Organisation";
    public const string Person = "Person";
    public const string Framework = "Framework";
    public const string Pillar = "Pillar";
    public const string CooperationArea = "CooperationArea";

    /// <summary>A cooperation area's crosswalk to ASEAN's community pillars and the SDGs; its revisions carry the area's id.</summary>
    public const string Crosswalk = "Crosswalk";

    /// <summary>A country: its names, its ASEAN membership and where that comes from (reference data administrators keep).</summary>
    public const string Country = "Country";

    /// <summary>One of the portal's own pages (About, Contact).</summary>
    public const string SitePage = "SitePage";

    /// <summary>The structural and reference records: always public, edited on one page each (no publication workflow).</summary>
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal) { Framework, Pillar, CooperationArea, Country, SitePage };

    /// <summary>Structural records go live on save, so their latest revision is always the public one.</summary>
    public static bool IsStructural(string recordType) => Structural.Contains(recordType);
}
