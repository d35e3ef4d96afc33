using JaifPortal.Web.Localization;

namespace JaifPortal.UnitTests.Localization;

public class PluralRuleTests
{
    [Theory]
    [InlineData("nplurals=2; plural=(n != 1);", new long[] { 1, 0, 2, 11 }, new[] { 0, 1, 1, 1 })]
    [InlineData("nplurals=1; plural=0;", new long[] { 1, 0, 5 }, new[] { 0, 0, 0 })]
    [InlineData("nplurals=2; plural=(n > 1);", new long[] { 0, 1, 2 }, new[] { 0, 0, 1 })]
    [InlineData(
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        new long[] { 1, 21, 2, 24, 5, 11, 12, 111 },
        new[] { 0, 0, 1, 1, 2, 2, 2, 2 })]
    [InlineData("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;", new long[] { 0, 1, 2, 3, 11, 100 }, new[] { 0, 1, 2, 3, 4, 5 })]
    public void Chooses_the_form_a_language_uses_for_a_number(string header, long[] numbers, int[] forms)
    {
        var rule = PluralRule.FromHeader("Plural-Forms: " + header);

        numbers.Select(rule.FormOf).Should().Equal(forms);
    }

    [Fact]
    public void A_file_without_a_plural_header_has_one_form()
    {
        var rule = PluralRule.FromHeader("Language: ja\n");

        rule.Count.Should().Be(1);
        rule.FormOf(7).Should().Be(0);
    }

    [Theory]
    [InlineData("n +")]
    [InlineData("(n != 1")]
    [InlineData("n ? 1")]
    [InlineData("n != 1 x")]
    public void Refuses_an_expression_it_cannot_read(string expression)
    {
        var parse = () => PluralRule.Parse(expression);

        parse.Should().Throw<FormatException>().WithMessage("*Plural-Forms expression*");
    }

    [Fact]
    public void Dividing_by_zero_gives_zero_instead_of_failing_on_a_page()
    {
        PluralRule.Parse("n / 0 + n % 0")(5).Should().Be(0);
    }
}
