namespace JaifPortal.Web.Domain;

/// <summary>One language's text of a record. Each translatable entity has its own translation table keyed by (record, language).</summary>
public abstract class Translation
{
    public required string Language { get; set; }

    public TranslationState State { get; set; } = TranslationState.Draft;

    /// <summary>Set when the name in this language was checked against a list of official names.</summary>
    public NameConfidence? NameConfidence { get; set; }

    /// <summary>Whether the public sees this language. Publication may cover one language only, as an explicit choice.</summary>
    public bool IsPublished { get; set; } = true;

    /// <summary>When this language's text last changed; a translation older than its original is stale.</summary>
    public DateTimeOffset TextUpdatedAt { get; set; }
}

/// <summary>A record whose visible text lives in <see cref="Translations"/>, one per language.</summary>
public interface ITranslated<TTranslation>
    where TTranslation : Translation
{
    /// <summary>The language the record's source was written in; the others are translations of it.</summary>
    string OriginalLanguage { get; }

    ICollection<TTranslation> Translations { get; }
}

/// <summary>A translation that names its record (a site page's translations have a title instead).</summary>
public interface INamedTranslation
{
    string Language { get; }

    string Name { get; }
}

/// <summary>A record with a key, an address and a version (PostgreSQL's xmin) whose translations name it.</summary>
public interface INamedRecord<TTranslation> : ITranslated<TTranslation>
    where TTranslation : Translation, INamedTranslation
{
    int Id { get; }

    string Slug { get; }

    uint Version { get; }
}
