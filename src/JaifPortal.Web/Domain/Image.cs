namespace JaifPortal.Web.Domain;

/// <summary>
/// A photograph of an initiative or an event. The source documents describe their photos by
/// caption only, so a seeded image has its caption and credit but no file until an editor uploads it.
/// </summary>
public class Image : ITranslated<ImageTranslation>
{
    public int Id { get; set; }

    public int? InitiativeId { get; set; }

    public Initiative? Initiative { get; set; }

    public int? EventId { get; set; }

    public Event? Event { get; set; }

    /// <summary>image/jpeg, image/png or image/webp, as detected from the file's first bytes; null until a file is uploaded.</summary>
    public string? ContentType { get; set; }

    /// <summary>The uploaded bytes live in their own table, so pages that list images never load them.</summary>
    public ImageFile? File { get; set; }

    /// <summary>When an editor removed the image from its record; the file is kept, so nothing is lost.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    public int SortOrder { get; set; }

    public required string OriginalLanguage { get; set; }

    public ICollection<ImageTranslation> Translations { get; set; } = [];
}

public class ImageFile
{
    public int ImageId { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

public class ImageTranslation : Translation
{
    public int ImageId { get; set; }

    public required string Caption { get; set; }

    public string? AltText { get; set; }

    /// <summary>As the source gives it, e.g. "© JAIF Management Team"; empty when the source names no one.</summary>
    public string? Credit { get; set; }
}
