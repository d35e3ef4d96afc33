namespace JaifPortal.Web.Domain;

/// <summary>A programme, framework or plan, facility, centre, meeting series or project through which Japan and ASEAN cooperate.</summary>
public class Initiative : INamedRecord<InitiativeTranslation>, IEditorial
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public string? Acronym { get; set; }

    public InitiativeKind Kind { get; set; }

    public InitiativeStatus Status { get; set; }

    public PartialDate? StartDate { get; set; }

    public PartialDate? EndDate { get; set; }

    /// <summary>
    /// Whether the initiative covers all of ASEAN (a regional programme), so it takes place in every ASEAN Member
    /// State besides any country it names (the view initiative_country_reach, ADR 26).
    /// </summary>
    public bool CoversAllAsean { get; set; }

    public int? ParentInitiativeId { get; set; }

    public Initiative? ParentInitiative { get; set; }

    public int? SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    public required string OriginalLanguage { get; set; }

    public PublicationStatus Publication { get; set; } = PublicationStatus.Draft;

    /// <summary>
    /// Changes to a published initiative wait here (as the editor's form, in JSON) until a reviewer
    /// publishes them, so the public keeps seeing the published version meanwhile.
    /// </summary>
    public string? PendingChanges { get; set; }

    /// <summary>Whether the pending changes (or, for an unpublished record, the record) await a reviewer.</summary>
    public bool PendingReview { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ScheduledPublishAt { get; set; }

    /// <summary>PostgreSQL's xmin: a second editor's save of an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ICollection<Initiative> ChildInitiatives { get; set; } = [];

    public ICollection<InitiativeArea> Areas { get; set; } = [];

    /// <summary>
    /// The ids of <see cref="Areas"/>, kept by PostgreSQL (migration AreaAndPillarMembership) and never
    /// written here: facets and dashboards read an initiative's areas on its own row instead of joining them.
    /// </summary>
    public List<int> AreaIds { get; private set; } = [];

    /// <summary>The pillars of <see cref="Areas"/>, each once, kept by PostgreSQL like <see cref="AreaIds"/>.</summary>
    public List<int> PillarIds { get; private set; } = [];

    /// <summary>
    /// Where the initiative takes place, each country once: the rows of <see cref="InitiativeCountryReach"/> (its
    /// named countries, its milestones' and its photo captions', and every Member State when it covers all of
    /// ASEAN), kept on the row by PostgreSQL so the country filter and facet read one GIN-indexed column.
    /// </summary>
    public List<int> CountryIds { get; private set; } = [];

    /// <summary>The organisations taking part, in any role, each once, kept by PostgreSQL like <see cref="CountryIds"/>.</summary>
    public List<int> OrganisationIds { get; private set; } = [];

    /// <summary>
    /// Where the initiative stands in the plan's order: its first area's pillar number × 100 + the area's place in
    /// the pillar (none without areas, listed last), kept by PostgreSQL so a list pages through an index in that order.
    /// </summary>
    public int? PlanOrder { get; private set; }

    public ICollection<InitiativeOrganisation> Organisations { get; set; } = [];

    public ICollection<InitiativeCountry> Countries { get; set; } = [];

    public ICollection<KeyFigure> KeyFigures { get; set; } = [];

    public ICollection<Milestone> Milestones { get; set; } = [];

    public ICollection<ExternalLink> Links { get; set; } = [];

    public ICollection<Image> Images { get; set; } = [];

    public ICollection<EventInitiative> Events { get; set; } = [];

    public ICollection<InitiativeTranslation> Translations { get; set; } = [];

    /// <summary>Kept by PostgreSQL; null when the translations owe nothing.</summary>
    public InitiativeTranslationBacklog? TranslationBacklog { get; set; }
}

public class InitiativeTranslation : Translation, INamedTranslation
{
    public int InitiativeId { get; set; }

    public required string Name { get; set; }

    /// <summary>One or two sentences for lists and cards.</summary>
    public string? Summary { get; set; }

    /// <summary>Markdown: what the initiative does, as the source describes it.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// The heading of the source section the record was taken from: as the source writes it in the source's
    /// language, translated in the others, so a citation names the section in the reader's language.
    /// </summary>
    public string? SourceSection { get; set; }
}

public enum InitiativeKind
{
    Programme = 0,
    Framework = 1,
    Plan = 2,
    Facility = 3,
    Centre = 4,
    MeetingSeries = 5,
    Project = 6,
    Declaration = 7,
}

public enum InitiativeStatus
{
    Planned = 0,
    Ongoing = 1,
    Completed = 2,
}

public class InitiativeArea
{
    public int InitiativeId { get; set; }

    public Initiative Initiative { get; set; } = null!;

    public int CooperationAreaId { get; set; }

    public CooperationArea CooperationArea { get; set; } = null!;
}

public class InitiativeOrganisation
{
    public int InitiativeId { get; set; }

    public Initiative Initiative { get; set; } = null!;

    public int OrganisationId { get; set; }

    public Organisation Organisation { get; set; } = null!;

    public InitiativeRole Role { get; set; }
}

public enum InitiativeRole
{
    Lead = 0,
    Partner = 1,
    Implementer = 2,
    Funder = 3,
    Host = 4,
}

public class InitiativeCountry
{
    public int InitiativeId { get; set; }

    public Initiative Initiative { get; set; } = null!;

    public int CountryId { get; set; }

    public Country Country { get; set; } = null!;
}
