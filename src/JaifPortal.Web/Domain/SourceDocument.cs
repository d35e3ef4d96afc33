namespace JaifPortal.Web.Domain;

/// <summary>A document the portal's content was taken from; every seeded record names one.</summary>
public class SourceDocument : ITranslated<SourceDocumentTranslation>
{
    public int Id { get; set; }

    /// <summary>The file the document arrived as (for example in shared/seeds).</summary>
    public required string FileName { get; set; }

    public required string Slug { get; set; }

    public PartialDate? PublishedOn { get; set; }

    public string? Url { get; set; }

    public required string OriginalLanguage { get; set; }

    public ICollection<SourceDocumentTranslation> Translations { get; set; } = [];
}

public class SourceDocumentTranslation : Translation
{
    public int SourceDocumentId { get; set; }

    public required string Title { get; set; }

    public string? Publisher { get; set; }
}

/// <summary>
/// A source document's whole text as the portal received it, in its original language, for the page where a reader
/// checks a record against its source. A table of its own, without a navigation from the document, so the pages
/// that cite a document never read its text.
/// </summary>
public class SourceDocumentText
{
    public int SourceDocumentId { get; set; }

    public required string Text { get; set; }
}
