using System.Text;
using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Domain;

public class ImageFormatTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    public void Recognises_jpeg_and_png_by_their_first_bytes(byte[] content, string expected)
    {
        ImageFormat.Detect(content).Should().Be(expected);
    }

    [Fact]
    public void Recognises_webp_inside_its_riff_container()
    {
        var webp = Encoding.ASCII.GetBytes("RIFF\u0024\0\0\0WEBPVP8 ");

        ImageFormat.Detect(webp).Should().Be("image/webp");
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("GIF89a")]
    [InlineData("%PDF-1.7")]
    [InlineData("RIFF\u0024\0\0\0WAVEfmt ")]
    [InlineData("")]
    public void Refuses_everything_else_whatever_the_file_is_called(string content)
    {
        ImageFormat.Detect(Encoding.UTF8.GetBytes(content)).Should().BeNull();
    }
}
