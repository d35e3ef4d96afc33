namespace JaifPortal.Web.Domain;

/// <summary>
/// What a record's translations still owe its reviewers: whether one lags behind the original (its text
/// is older than the original's) and since when the oldest translation not marked Ready has waited.
/// PostgreSQL keeps it current with triggers on the translation table (migration TranslationBacklog),
/// so the dashboards' stale lists read one small row instead of comparing every translation with its
/// original; the portal never writes it. A record whose translations owe nothing has no row.
/// </summary>
public abstract class TranslationBacklog
{
    public bool LagsOriginal { get; init; }

    public DateTimeOffset? OldestUnreadyAt { get; init; }
}

public sealed class InitiativeTranslationBacklog : TranslationBacklog
{
    public int InitiativeId { get; init; }
}

public sealed class EventTranslationBacklog : TranslationBacklog
{
    public int EventId { get; init; }
}
