namespace JaifPortal.Web.Domain;

/// <summary>A website the source cites for an initiative.</summary>
public class ExternalLink : ITranslated<ExternalLinkTranslation>
{
    public int Id { get; set; }

    public int InitiativeId { get; set; }

    public Initiative Initiative { get; set; } = null!;

    /// <summary>An absolute http(s) URL.</summary>
    public required string Url { get; set; }

    public int SortOrder { get; set; }

    public required string OriginalLanguage { get; set; }

    public ICollection<ExternalLinkTranslation> Translations { get; set; } = [];
}

public class ExternalLinkTranslation : Translation
{
    public int ExternalLinkId { get; set; }

    public required string Title { get; set; }
}
