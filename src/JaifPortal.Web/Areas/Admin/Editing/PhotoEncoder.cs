using JaifPortal.Web.Domain;
using SkiaSharp;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// Turns an uploaded file into the photo the portal keeps: decoded to pixels and written anew with SkiaSharp,
/// at each of <see cref="ImageSizes.Widths"/>, in the uploaded format and as WebP. Only pixels survive, so
/// nothing appended to the file (an HTML page behind a JPEG) and none of its metadata (EXIF, with the GPS
/// position of the camera) reaches a visitor; the camera's orientation is applied to the pixels first.
/// </summary>
public static class PhotoEncoder
{
    private const int JpegQuality = 85;
    private const int WebPQuality = 80;

    public enum Problem
    {
        NotAnImage,
        TooManyPixels,
        Damaged,
    }

    /// <returns>The new file with its renditions, or the reason the upload is not a photo the portal can show.</returns>
    public static (ImageFile? File, Problem? Problem) Encode(byte[] upload, DateTimeOffset now)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        var contentType = codec?.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
            SKEncodedImageFormat.Png => ImageFormat.Png,
            SKEncodedImageFormat.Webp => ImageFormat.WebP,
            _ => null,
        };
        if (codec is null || contentType is null)
        {
            return (null, Problem.NotAnImage);
        }

        // The size is read from the header, before a single pixel is decoded.
        if ((long)codec.Info.Width * codec.Info.Height > ImageFormat.MaxPixels)
        {
            return (null, Problem.TooManyPixels);
        }

        using var decoded = Decode(codec);
        if (decoded is null)
        {
            return (null, Problem.Damaged);
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        var file = new ImageFile { ContentType = contentType, Width = upright.Width, Height = upright.Height, UploadedAt = now };
        foreach (var width in ImageSizes.Widths(upright.Width))
        {
            var height = ImageSizes.Height(width, upright.Width, upright.Height);
            using var scaled = width == upright.Width ? upright.Copy() : upright.Resize(new SKImageInfo(width, height, upright.ColorType, upright.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
            foreach (var format in contentType == ImageFormat.WebP ? [ImageFormat.WebP] : new[] { contentType, ImageFormat.WebP })
            {
                file.Renditions.Add(new ImageRendition { Width = width, ContentType = format, Content = Write(scaled, format) });
            }
        }

        return (file, null);
    }

    /// <returns>The pixels, or null when the file ends before its picture does or is otherwise broken.</returns>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var info = codec.Info.WithColorType(SKColorType.Rgba8888).WithColorSpace(SKColorSpace.CreateSrgb());
        if (codec.Info.AlphaType == SKAlphaType.Opaque)
        {
            info = info.WithAlphaType(SKAlphaType.Opaque);
        }
        else
        {
            info = info.WithAlphaType(SKAlphaType.Premul);
        }

        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>Applies the orientation the camera recorded in EXIF, which is not kept, to the pixels.</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return bitmap.Copy();
        }

        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (width, height) = turned ? (bitmap.Height, bitmap.Width) : (bitmap.Width, bitmap.Height);
        var upright = new SKBitmap(new SKImageInfo(width, height, bitmap.ColorType, bitmap.AlphaType));
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, width, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, width, -1, 0, height, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, height, 0, 0, 1),
        });
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return upright;
    }

    private static byte[] Write(SKBitmap bitmap, string contentType)
    {
        using var pixels = bitmap.PeekPixels();
        using var data = contentType switch
        {
            ImageFormat.Jpeg => pixels.Encode(new SKJpegEncoderOptions(JpegQuality)),
            ImageFormat.Png => pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
            _ => pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebPQuality)),
        } ?? throw new InvalidOperationException($"SkiaSharp could not write decoded pixels as {contentType}.");
        return data.ToArray();
    }
}
