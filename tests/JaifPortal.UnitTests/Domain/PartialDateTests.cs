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
    [InlineData("August 2024")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("FY")]
    [InlineData("24")]
    [InlineData("99999")]
    [InlineData("２０２４")]
    public void Rejects_text_that_is_not_a_date(string text)
    {
        PartialDate.TryParse(text, out var date).Should().BeFalse();
        date.Should().BeNull();
    }

    [Fact]
    public void Refuses_to_store_a_month_as_if_it_were_a_day()
    {
        var construct = () => new PartialDate(new DateOnly(2023, 10, 15), DatePrecision.Month);

        construct.Should().Throw<ArgumentException>();
    }
}
