using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;

namespace JaifPortal.UnitTests.Localization;

public class FormatTextTests
{
    [Theory]
    [InlineData(2_800_000_000_000, FigureUnit.Yen, FigureApproximation.Exact, "¥2.8 trillion", "2.8兆円")]
    [InlineData(2_800_000_000_000, FigureUnit.Yen, FigureApproximation.ScaleOf, "on the scale of ¥2.8 trillion", "2.8兆円規模")]
    [InlineData(5_000, FigureUnit.People, FigureApproximation.Exact, "5,000 people", "5,000人")]
    [InlineData(160, FigureUnit.Participants, FigureApproximation.About, "about 160 participants", "約160名")]
    [InlineData(38, FigureUnit.Days, FigureApproximation.Exact, "38 days", "38日間")]
    [InlineData(10_000_000, FigureUnit.People, FigureApproximation.OrMore, "10 million people or more", "1,000万人以上")]
    [InlineData(70, FigureUnit.Memoranda, FigureApproximation.About, "about 70 MOUs", "約70件")]
    [InlineData(11, FigureUnit.Countries, FigureApproximation.Exact, "11 countries", "11か国")]
    [InlineData(1, FigureUnit.Years, FigureApproximation.Exact, "1 year", "1年間")]
    [InlineData(12_345, FigureUnit.People, FigureApproximation.Exact, "12,345 people", "12,345人")]
    [InlineData(1.5, FigureUnit.Years, FigureApproximation.Exact, "1.5 years", "1.5年間")]
    [InlineData(2_815_000_000, FigureUnit.Yen, FigureApproximation.Exact, "¥2.815 billion", "281,500万円")]
    public void Writes_figures_as_each_languages_readers_write_them(
        double value, FigureUnit unit, FigureApproximation approximation, string english, string japanese)
    {
        var amount = (decimal)value;

        FormatText.For(ContentLanguage.English).Figure(amount, unit, approximation).Should().Be(english);
        FormatText.For(ContentLanguage.Japanese).Figure(amount, unit, approximation).Should().Be(japanese);
    }
}
