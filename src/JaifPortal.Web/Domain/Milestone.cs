namespace JaifPortal.Web.Domain;

/// <summary>A dated step of an initiative: a meeting held, a plan adopted, a launch announced.</summary>
public class Milestone : ITranslated<MilestoneTranslation>
{
    public int Id { get; set; }

    public int InitiativeId { get; set; }

    public Initiative Initiative { get; set; } = null!;

    public required PartialDate Date { get; set; }

    /// <summary>Whether the source reports it as done or as planned (予定) at the time it was written.</summary>
    public MilestoneStatus Status { get; set; }

    public int? CountryId { get; set; }

    public Country? Country { get; set; }

    public int? EventId { get; set; }

    public Event? Event { get; set; }

    public required string OriginalLanguage { get; set; }

    public ICollection<MilestoneTranslation> Translations { get; set; } = [];
}

public class MilestoneTranslation : Translation
{
    public int MilestoneId { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }
}

public enum MilestoneStatus
{
    Achieved = 0,
    Planned = 1,
}
