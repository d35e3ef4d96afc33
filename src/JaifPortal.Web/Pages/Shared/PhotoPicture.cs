using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The addresses of one photo's renditions for a <c>&lt;picture&gt;</c>: WebP and the uploaded format at each
/// width, so a browser fetches the smallest that fills the space, and the size that reserves that space.
/// </summary>
public sealed record PhotoPicture(ImageFile File, string MediaPath)
{
    /// <summary>The photo's width in the grid of photos: the whole column on a phone, a column of two, else of three or four (main is 72rem at most).</summary>
    public const string Sizes = "(max-width: 32rem) calc(100vw - 2rem), (max-width: 48rem) calc(50vw - 1.5rem), 24rem";

    private const int FallbackWidth = 960;

    public IReadOnlyList<int> Widths => ImageSizes.Widths(File.Width);

    /// <summary>The formats offered, best first: WebP, then the uploaded format when it is another.</summary>
    public IEnumerable<string> Formats => File.ContentType == ImageFormat.WebP ? [ImageFormat.WebP] : [ImageFormat.WebP, File.ContentType];

    public int Width => Widths[^1];

    public int Height => ImageSizes.Height(Width, File.Width, File.Height);

    /// <summary>For browsers that know no <c>srcset</c>: a middle width in the uploaded format.</summary>
    public string Fallback => Address(Widths.LastOrDefault(w => w <= FallbackWidth, Widths[0]), File.ContentType);

    public string SourceSet(string contentType) => string.Join(", ", Widths.Select(width => $"{Address(width, contentType)} {width}w"));

    private string Address(int width, string contentType) => $"{MediaPath}/{File.Id}/{width}.{ImageFormat.Extension(contentType)}";
}
