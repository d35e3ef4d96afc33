using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;

namespace JaifPortal.UnitTests.Domain;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024-08-27", "27 August 2024", "2024年8月27日")]
    [InlineData("2023-10", "October 2023", "2023年10月")]
    [InlineData("1974", "1974", "1974年")]
    [InlineData("FY2024", "FY2024 (April 2024 – March 2025)", "2024年度")]
    public void Shows_a_date_at_the_precision_it_was_given_and_no_finer(string notation, string english, string japanese)
    {
        var date = PartialDate.Parse(notation);

        date.Format(ContentLanguage.English).Should().Be(english);
        date.Format(ContentLanguage.Japanese).Should().Be(japanese);
        date.ToIsoNotation().Should().Be(notation);
    }

    [Fact]
    public void A_month_covers_the_whole_month_and_a_fiscal_year_runs_april_to_march()
    {
        PartialDate.Parse("2024-02").End.Should().Be(new DateOnly(2024, 2, 29));
        PartialDate.Parse("FY2024").Start.Should().Be(new DateOnly(2024, 4, 1));
        PartialDate.Parse("FY2024").End.Should().Be(new DateOnly(2025, 3, 31));
    }

    [Theory]
    [InlineData("")]
    [InlineData("August 20244")]
    [InlineData("2024年13月")]
    [InlineData("2024年2月30日")]
    [InlineData("24年度")]
    [InlineData("Octember 2024")]
    [InlineData("32 October 2024")]
    [InlineData("令和6年")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("FY")]
    [InlineData("24")]
    [InlineData("99999")]
    [InlineData("２０２")]
    public void Rejects_text_that_is_not_a_date(string text)
    {
        PartialDate.TryParse(text, out var date).Should().BeFalse();
        date.Should().BeNull();
    }

    [Theory]
    [InlineData("2024年度", "FY2024")]
    [InlineData("２０２４年度", "FY2024")]
    [InlineData("FY2024", "FY2024")]
    [InlineData("fy 2024", "FY2024")]
    [InlineData("ＦＹ２０２４", "FY2024")]
    [InlineData("2024年10月", "2024-10")]
    [InlineData("2024 年 10 月", "2024-10")]
    [InlineData("2024年10月5日", "2024-10-05")]
    [InlineData("2024年", "2024")]
    [InlineData("２０２４", "2024")]
    [InlineData("October 2023", "2023-10")]
    [InlineData("Oct 2023", "2023-10")]
    [InlineData("oct. 2023", "2023-10")]
    [InlineData("5 October 2024", "2024-10-05")]
    [InlineData("5 Oct 2024", "2024-10-05")]
    [InlineData("October 5, 2024", "2024-10-05")]
    [InlineData(" 2024 ", "2024")]
    [InlineData("2024-10", "2024-10")]
    [InlineData("2024-10-05", "2024-10-05")]
    public void Reads_a_date_as_the_sources_write_it_at_the_precision_they_give(string text, string notation)
    {
        PartialDate.Parse(text).ToIsoNotation().Should().Be(notation);
    }

    [Fact]
    public void Refuses_to_store_a_month_as_if_it_were_a_day()
    {
        var construct = () => new PartialDate(new DateOnly(2023, 10, 15), DatePrecision.Month);

        construct.Should().Throw<ArgumentException>();
    }
}
