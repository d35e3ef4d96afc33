namespace JaifPortal.Web.Domain;

/// <summary>
/// A record edited in the back office through the workflow draft → in review → published → archived,
/// with pending changes for published records and PostgreSQL's xmin as its concurrency token.
/// </summary>
public interface IEditorial : IPublishable, ITimestamped
{
    int Id { get; }

    string Slug { get; }

    new PublicationStatus Publication { get; set; }

    /// <summary>Changes to a published record, as the editor's form in JSON, waiting for a reviewer.</summary>
    string? PendingChanges { get; set; }

    /// <summary>Whether the pending changes (or the unpublished record) await a reviewer.</summary>
    bool PendingReview { get; set; }

    DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When a reviewer has scheduled the working copy to be published; null when nothing is scheduled.</summary>
    DateTimeOffset? ScheduledPublishAt { get; set; }

    uint Version { get; set; }
}
