namespace JaifPortal.Web.Domain;

/// <summary>A meeting, consultation or other dated happening with a place, organisers and participants.</summary>
public class Event : INamedRecord<EventTranslation>, IEditorial
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required PartialDate StartDate { get; set; }

    public PartialDate? EndDate { get; set; }

    public int? CountryId { get; set; }

    public Country? Country { get; set; }

    public int? SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    public required string OriginalLanguage { get; set; }

    public PublicationStatus Publication { get; set; } = PublicationStatus.Draft;

    public string? PendingChanges { get; set; }

    public bool PendingReview { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ScheduledPublishAt { get; set; }

    public uint Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ICollection<EventOrganisation> Organisations { get; set; } = [];

    public ICollection<EventParticipant> Participants { get; set; } = [];

    public ICollection<EventArea> Areas { get; set; } = [];

    /// <summary>The ids of <see cref="Areas"/>, kept by PostgreSQL like <see cref="Initiative.AreaIds"/>.</summary>
    public List<int> AreaIds { get; private set; } = [];

    /// <summary>The pillars of <see cref="Areas"/>, each once, kept by PostgreSQL like <see cref="Initiative.PillarIds"/>.</summary>
    public List<int> PillarIds { get; private set; } = [];

    public ICollection<EventInitiative> Initiatives { get; set; } = [];

    public ICollection<Image> Images { get; set; } = [];

    public ICollection<EventTranslation> Translations { get; set; } = [];

    /// <summary>Kept by PostgreSQL; null when the translations owe nothing.</summary>
    public EventTranslationBacklog? TranslationBacklog { get; set; }
}

public class EventTranslation : Translation, INamedTranslation
{
    public int EventId { get; set; }

    public required string Name { get; set; }

    public string? Summary { get; set; }

    /// <summary>The place as the source names it ("Jakarta", "ラオス").</summary>
    public string? Place { get; set; }

    /// <summary>Markdown: what was discussed.</summary>
    public string? Topics { get; set; }

    /// <summary>Markdown: what came out of it.</summary>
    public string? Outcome { get; set; }
}

public class EventOrganisation
{
    public int EventId { get; set; }

    public Event Event { get; set; } = null!;

    public int OrganisationId { get; set; }

    public Organisation Organisation { get; set; } = null!;

    public EventRole Role { get; set; }
}

public enum EventRole
{
    Organiser = 0,

    /// <summary>The fund or body that supported the event (for example JAIF).</summary>
    Supporter = 1,

    Participant = 2,
    Host = 3,
}

public class EventParticipant
{
    public int EventId { get; set; }

    public Event Event { get; set; } = null!;

    public int PersonId { get; set; }

    public Person Person { get; set; } = null!;

    public int SortOrder { get; set; }
}

public class EventArea
{
    public int EventId { get; set; }

    public Event Event { get; set; } = null!;

    public int CooperationAreaId { get; set; }

    public CooperationArea CooperationArea { get; set; } = null!;
}

public class EventInitiative
{
    public int EventId { get; set; }

    public Event Event { get; set; } = null!;

    public int InitiativeId { get; set; }

    public Initiative Initiative { get; set; } = null!;
}
