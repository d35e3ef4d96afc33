namespace JaifPortal.Web.Domain;

/// <summary>The image formats the portal accepts and writes, and the limits of what it accepts.</summary>
public static class ImageFormat
{
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// The most pixels a photo may have (40 megapixels, more than any camera a programme team carries): a small
    /// file can declare a huge picture, and decoding it would take gigabytes of memory.
    /// </summary>
    public const long MaxPixels = 40_000_000;

    public const string Jpeg = "image/jpeg";

    public const string Png = "image/png";

    public const string WebP = "image/webp";

    /// <summary>The file name extension of a format's address, e.g. /media/images/12/960.webp.</summary>
    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => "jpg",
        Png => "png",
        _ => "webp",
    };

    /// <returns>The format of an address's extension; null for any other.</returns>
    public static string? FromExtension(string extension) => extension switch
    {
        "jpg" => Jpeg,
        "png" => Png,
        "webp" => WebP,
        _ => null,
    };
}

/// <summary>The widths pages show photos at: a browser picks from them by the space the photo takes.</summary>
public static class ImageSizes
{
    private static readonly int[] Standard = [480, 960, 1600];

    /// <summary>The standard widths narrower than the photo, and the photo's own width up to the widest standard one: never scaled up.</summary>
    public static IReadOnlyList<int> Widths(int width) =>
        [.. Standard.Where(w => w < Math.Min(width, Standard[^1])), Math.Min(width, Standard[^1])];

    /// <summary>The height of a rendition <paramref name="width"/> wide, in the photo's proportions.</summary>
    public static int Height(int width, int originalWidth, int originalHeight) =>
        Math.Max(1, (int)Math.Round((double)originalHeight * width / originalWidth, MidpointRounding.AwayFromZero));
}
