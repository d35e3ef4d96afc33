using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Domain;

public class ImageFormatTests
{
    [Theory]
    [InlineData(4000, new[] { 480, 960, 1600 })]
    [InlineData(1600, new[] { 480, 960, 1600 })]
    [InlineData(1200, new[] { 480, 960, 1200 })]
    [InlineData(480, new[] { 480 })]
    [InlineData(300, new[] { 300 })]
    public void Photos_are_written_at_the_standard_widths_below_their_own_and_never_wider(int width, int[] expected)
    {
        ImageSizes.Widths(width).Should().Equal(expected);
    }

    [Fact]
    public void A_rendition_keeps_the_photos_proportions()
    {
        ImageSizes.Height(480, 4000, 3000).Should().Be(360);
        ImageSizes.Height(480, 4000, 1).Should().Be(1);
    }
}
