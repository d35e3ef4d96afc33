namespace JaifPortal.Web.Domain;

/// <summary>The Joint Vision Statement "Trusted Partners" and its Implementation Plan, which the pillars belong to.</summary>
public class PartnershipFramework : INamedRecord<PartnershipFrameworkTranslation>
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public PartialDate? AdoptedOn { get; set; }

    public int? SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    public required string OriginalLanguage { get; set; }

    /// <summary>PostgreSQL's xmin: refuses a save based on an older version.</summary>
    public uint Version { get; set; }

    public ICollection<Pillar> Pillars { get; set; } = [];

    public ICollection<PartnershipFrameworkTranslation> Translations { get; set; } = [];
}

public class PartnershipFrameworkTranslation : Translation, INamedTranslation
{
    public int PartnershipFrameworkId { get; set; }

    /// <summary>"Trusted Partners".</summary>
    public required string Name { get; set; }

    /// <summary>The full title of the Joint Vision Statement.</summary>
    public required string StatementTitle { get; set; }

    public required string ImplementationPlanTitle { get; set; }

    /// <summary>The vision as the statement words it.</summary>
    public required string VisionText { get; set; }

    /// <summary>Markdown.</summary>
    public string? Summary { get; set; }
}
