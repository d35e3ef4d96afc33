namespace JaifPortal.Web.Data;

/// <summary>
/// A body of seed content that has been loaded. Seeding checks this log, not the records, so it
/// never re-creates or overwrites a record an editor changed or removed after it was seeded.
/// </summary>
public class AppliedSeed
{
    public required string Key { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}
