namespace JaifPortal.Web.Domain;

public class Person : INamedRecord<PersonTranslation>, IEditorial
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

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

    public ICollection<EventParticipant> Events { get; set; } = [];

    public ICollection<PersonTranslation> Translations { get; set; } = [];
}

public class PersonTranslation : Translation, INamedTranslation
{
    public int PersonId { get; set; }

    /// <summary>
    /// The name in the portal's one order: a Japanese name family name first, the family name in capitals in Latin
    /// letters, in both languages ("CHUJO Kazuo", as the source writes it; the source's "Naoki Minamiguchi" is shown
    /// as "MINAMIGUCHI Naoki"); other names as their sources write them.
    /// </summary>
    public required string Name { get; set; }

    /// <summary>The position the source gives, e.g. "Minister/Deputy Head of the Mission of Japan to ASEAN".</summary>
    public string? Title { get; set; }
}
