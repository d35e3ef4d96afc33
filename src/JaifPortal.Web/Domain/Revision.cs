namespace JaifPortal.Web.Domain;

/// <summary>
/// An immutable copy of a record as an editor left it: every save, publication, restore and deletion
/// adds one, so nothing an editor saved is ever lost.
/// </summary>
public class Revision
{
    public long Id { get; set; }

    public required string RecordType { get; set; }

    public int RecordId { get; set; }

    /// <summary>1, 2, 3… per record.</summary>
    public int Number { get; set; }

    public RevisionKind Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? UserId { get; set; }

    public string? UserEmail { get; set; }

    public string? Note { get; set; }

    /// <summary>The record's editable content as JSON, in the shape of its editor's form.</summary>
    public required string Snapshot { get; set; }
}

public enum RevisionKind
{
    Saved = 0,
    SubmittedForReview = 1,
    Published = 2,
    Archived = 3,
    Unarchived = 4,
    Restored = 5,
    Deleted = 6,
    ReturnedToDraft = 7,
    Scheduled = 8,

    /// <summary>Revision 0: the record as seeded or imported, kept when the back office first changes it.</summary>
    Imported = 9,
}
