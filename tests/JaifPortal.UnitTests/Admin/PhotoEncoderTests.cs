using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Domain;
using SkiaSharp;

namespace JaifPortal.UnitTests.Admin;

public class PhotoEncoderTests
{
    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp")]
    public void A_photo_is_written_at_each_width_in_its_format_and_as_webp(SKEncodedImageFormat format, string contentType)
    {
        using var bitmap = new SKBitmap(2000, 1000);
        bitmap.Erase(SKColors.Teal);
        using var encoded = bitmap.Encode(format, 90);

        var (file, problem) = PhotoEncoder.Encode(encoded.ToArray(), DateTimeOffset.UnixEpoch);

        problem.Should().BeNull();
        file!.ContentType.Should().Be(contentType);
        (file.Width, file.Height).Should().Be((2000, 1000));
        file.Renditions.Select(r => (r.Width, r.ContentType)).Should().BeEquivalentTo(
            new[] { 480, 960, 1600 }.SelectMany(width => new[] { contentType, ImageFormat.WebP }.Distinct().Select(type => (width, type))));
        file.Renditions.Should().AllSatisfy(r =>
        {
            using var decoded = SKBitmap.Decode(r.Content);
            (decoded.Width, decoded.Height).Should().Be((r.Width, r.Width / 2));
        });
    }

    [Fact]
    public void The_orientation_the_camera_recorded_is_applied_to_the_pixels()
    {
        // An EXIF orientation of 6 (turned a quarter clockwise) on a landscape JPEG: the photo is upright in portrait.
        using var bitmap = new SKBitmap(600, 300);
        bitmap.Erase(SKColors.Teal);
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = encoded.ToArray();
        byte[] exif = [.. "Exif\0\0MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0"u8];
        byte[] turned = [.. jpeg[..2], 0xFF, 0xE1, 0, (byte)(exif.Length + 2), .. exif, .. jpeg[2..]];

        var (file, _) = PhotoEncoder.Encode(turned, DateTimeOffset.UnixEpoch);

        (file!.Width, file.Height).Should().Be((300, 600));
    }
}
