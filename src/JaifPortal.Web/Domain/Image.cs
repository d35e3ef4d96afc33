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

    /// <summary>The file the record's reviewed state shows; null until a file is uploaded and published with the record.</summary>
    public int? FileId { get; set; }

    public ImageFile? File { get; set; }

    /// <summary>When an editor removed the image from its record; the file is kept, so nothing is lost.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The country the caption places the photo in ("NIHONGO Partners (Viet Nam)"), which counts as a place of its initiative.</summary>
    public int? CountryId { get; set; }

    public Country? Country { get; set; }

    public required string OriginalLanguage { get; set; }

    public ICollection<ImageTranslation> Translations { get; set; } = [];
}

/// <summary>
/// One uploaded photo, decoded and written anew at the sizes pages show (<see cref="ImageRendition"/>); the
/// bytes as uploaded are never kept, so nothing hidden in or appended to them is. A file never changes:
/// a replacement is a new file, so its addresses can be cached for good and revisions can point at it.
/// </summary>
public class ImageFile
{
    public int Id { get; set; }

    /// <summary>The uploaded format, image/jpeg, image/png or image/webp: the format of its renditions beside WebP.</summary>
    public required string ContentType { get; set; }

    /// <summary>The picture's size upright (after the camera's orientation is applied), before any scaling down.</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The renditions live in their own table, so pages that show a photo's size never load its bytes.</summary>
    public ICollection<ImageRendition> Renditions { get; set; } = [];
}

/// <summary>A photo written at one of <see cref="ImageSizes.Widths"/>, in its uploaded format or as WebP.</summary>
public class ImageRendition
{
    public int ImageFileId { get; set; }

    public int Width { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }
}

public class ImageTranslation : Translation
{
    public int ImageId { get; set; }

    public required string Caption { get; set; }

    public string? AltText { get; set; }

    /// <summary>As the source gives it, e.g. "© JAIF Management Team"; empty when the source names no one.</summary>
    public string? Credit { get; set; }
}
