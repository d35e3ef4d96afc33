namespace JaifPortal.Web.Domain;

public class Organisation : INamedRecord<OrganisationTranslation>, IEditorial
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public string? Acronym { get; set; }

    public OrganisationKind Kind { get; set; }

    public int? CountryId { get; set; }

    public Country? Country { get; set; }

    public int? ParentOrganisationId { get; set; }

    public Organisation? ParentOrganisation { get; set; }

    public string? WebsiteUrl { get; set; }

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

    public ICollection<Organisation> ChildOrganisations { get; set; } = [];

    public ICollection<InitiativeOrganisation> Initiatives { get; set; } = [];

    public ICollection<EventOrganisation> Events { get; set; } = [];

    public ICollection<OrganisationTranslation> Translations { get; set; } = [];
}

public class OrganisationTranslation : Translation, INamedTranslation
{
    public int OrganisationId { get; set; }

    public required string Name { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// Where the facts of the description that the cited source does not give come from (the organisation's own
    /// website, say), or that the portal's editors added them; shown beneath the description. Empty when the
    /// cited source gives everything.
    /// </summary>
    public string? FactSources { get; set; }
}

public enum OrganisationKind
{
    GovernmentBody = 0,
    DiplomaticMission = 1,
    AseanBody = 2,
    IntergovernmentalOrganisation = 3,
    ImplementingAgency = 4,
    Fund = 5,
    ResearchInstitute = 6,
    Centre = 7,
    Other = 8,
}
