namespace JaifPortal.Web.Domain;

/// <summary>One of the three pillars of the Implementation Plan.</summary>
public class Pillar : INamedRecord<PillarTranslation>
{
    public int Id { get; set; }

    public int FrameworkId { get; set; }

    public PartnershipFramework Framework { get; set; } = null!;

    /// <summary>1, 2 or 3, in the plan's order.</summary>
    public int Number { get; set; }

    public required string Slug { get; set; }

    public required string OriginalLanguage { get; set; }

    /// <summary>PostgreSQL's xmin: refuses a save based on an older version.</summary>
    public uint Version { get; set; }

    public ICollection<CooperationArea> Areas { get; set; } = [];

    public ICollection<PillarTranslation> Translations { get; set; } = [];
}

public class PillarTranslation : Translation, INamedTranslation
{
    public int PillarId { get; set; }

    public required string Name { get; set; }

    /// <summary>Markdown.</summary>
    public string? Summary { get; set; }
}
