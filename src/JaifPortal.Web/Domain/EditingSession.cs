namespace JaifPortal.Web.Domain;

/// <summary>
/// One editor with one record's form open: when they opened it and were last seen, and the form's values they have not
/// saved yet (an automatic draft), kept until they save the form or discard the draft. A new record's form is record 0.
/// </summary>
public class EditingSession
{
    public required string RecordType { get; set; }

    public int RecordId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset SeenAt { get; set; }

    /// <summary>The form as the editor left it, with the version it was based on (<c>{"form":…,"version":…,"baseRevision":…}</c>); null when nothing is unsaved.</summary>
    public string? Draft { get; set; }

    public DateTimeOffset? DraftSavedAt { get; set; }
}
