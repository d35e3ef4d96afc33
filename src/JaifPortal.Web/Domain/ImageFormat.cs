namespace JaifPortal.Web.Domain;

/// <summary>Recognises the image formats the portal accepts by their first bytes, never by the file name.</summary>
public static class ImageFormat
{
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <returns>image/jpeg, image/png or image/webp; null for anything else.</returns>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return null;
    }
}
