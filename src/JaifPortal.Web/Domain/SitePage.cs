namespace JaifPortal.Web.Domain;

/// <summary>
/// A page of the portal's own text (About, Contact): what the portal is and how to reach its editors, which
/// administrators write in every language in the back office. Not a record: it has no source document.
/// </summary>
public class SitePage : ITranslated<SitePageTranslation>
{
    /// <summary>The pages the portal has; each has a fixed address, so there is no page to add or remove.</summary>
    public const string About = "about";

    public const string Contact = "contact";

    public static readonly IReadOnlyList<string> All = [About, Contact];

    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string OriginalLanguage { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's xmin: an administrator's save of an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }

    public ICollection<SitePageTranslation> Translations { get; set; } = [];
}

public class SitePageTranslation : Translation
{
    public int SitePageId { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown (raw HTML off, as everywhere).</summary>
    public string? Body { get; set; }
}
