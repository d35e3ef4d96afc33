namespace JaifPortal.Web.Domain;

/// <summary>A cooperation area listed under a pillar in the Implementation Plan's table; each is a commitment of that pillar.</summary>
public class CooperationArea : INamedRecord<CooperationAreaTranslation>
{
    public int Id { get; set; }

    public int PillarId { get; set; }

    public Pillar Pillar { get; set; } = null!;

    public required string Slug { get; set; }

    /// <summary>The position in the plan's table, within the pillar.</summary>
    public int SortOrder { get; set; }

    public required string OriginalLanguage { get; set; }

    /// <summary>PostgreSQL's xmin: refuses a save based on an older version.</summary>
    public uint Version { get; set; }

    public ICollection<InitiativeArea> Initiatives { get; set; } = [];

    /// <summary>The crosswalk: the ASEAN community pillars this area contributes to, in JMT's judgement.</summary>
    public ICollection<AreaAseanCommunity> AseanCommunities { get; set; } = [];

    /// <summary>The crosswalk: the Sustainable Development Goals this area contributes to, in JMT's judgement.</summary>
    public ICollection<AreaDevelopmentGoal> DevelopmentGoals { get; set; } = [];

    public ICollection<CooperationAreaTranslation> Translations { get; set; } = [];
}

public class CooperationAreaTranslation : Translation, INamedTranslation
{
    public int CooperationAreaId { get; set; }

    public required string Name { get; set; }

    /// <summary>Markdown.</summary>
    public string? Summary { get; set; }
}
