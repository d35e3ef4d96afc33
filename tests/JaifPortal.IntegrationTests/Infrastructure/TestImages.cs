using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>Image files for upload tests, made on the spot: real pictures, and the crafted ones an upload must survive.</summary>
public static class TestImages
{
    /// <summary>What an attacker appends to a picture hoping it is served as a page (an image/HTML polyglot).</summary>
    public static readonly byte[] AppendedHtml = "<html><script>alert('polyglot')</script></html>"u8.ToArray();

    /// <summary>The latitude a camera wrote into the EXIF GPS block, as an unusual run of bytes a test can look for.</summary>
    public static readonly byte[] GpsLatitudeMarker = [0x00, 0x00, 0x00, 0x06, 0x13, 0x57, 0x9B, 0xDF];

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] WithHtmlAppended(byte[] image) => [.. image, .. AppendedHtml];

    /// <summary>The picture cut off halfway, as an interrupted upload leaves it.</summary>
    public static byte[] Truncated(byte[] image) => image[..(image.Length / 2)];

    /// <summary>A JPEG carrying an EXIF block (APP1) with the camera's GPS latitude, as phones write it.</summary>
    public static byte[] JpegWithGpsLocation(int width, int height)
    {
        var jpeg = Jpeg(width, height);
        // TIFF header, IFD0 with one entry (the GPS IFD's offset), then the GPS IFD with the latitude (3 rationals).
        var tiff = new byte[8 + 2 + 12 + 4 + 2 + 12 + 4 + 24];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1);
        WriteEntry(tiff.AsSpan(10), tag: 0x8825, type: 4, count: 1, value: 26);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(26), 1);
        WriteEntry(tiff.AsSpan(28), tag: 0x0002, type: 5, count: 3, value: 44);
        GpsLatitudeMarker.CopyTo(tiff.AsSpan(44));
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(52), 1);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(56), 1);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(60), 1);
        byte[] exif = [.. "Exif\0\0"u8, .. tiff];
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(exif.Length + 2));
        return [.. jpeg[..2], 0xFF, 0xE1, .. length, .. exif, .. jpeg[2..]];
    }

    /// <summary>
    /// A small, valid JPEG whose header claims 20,000 × 20,000 pixels (400 megapixels): decoding what it claims
    /// would take 1.6 GB of memory (a decompression bomb).
    /// </summary>
    public static byte[] DecompressionBomb()
    {
        var jpeg = Jpeg(16, 16);
        var frame = jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 5), 20_000);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 7), 20_000);
        return jpeg;
    }

    public static bool Contains(byte[] content, byte[] part) => content.AsSpan().IndexOf(part) >= 0;

    public static bool ContainsText(byte[] content, string text) => Contains(content, Encoding.ASCII.GetBytes(text));

    private static void WriteEntry(Span<byte> entry, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(entry, tag);
        BinaryPrimitives.WriteUInt16BigEndian(entry[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(entry[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(entry[8..], value);
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.Teal, SKColors.Coral], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
