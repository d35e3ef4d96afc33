using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Domain;

public class SlugTests
{
    [Theory]
    [InlineData("Ship for Southeast Asian and Japanese Youth Program", "ship-for-southeast-asian-and-japanese-youth-program")]
    [InlineData("ASIA KAKEHASHI Project + (Plus)", "asia-kakehashi-project-plus-plus")]
    [InlineData("ASEAN+3 Macroeconomic Research Office", "asean-plus-3-macroeconomic-research-office")]
    [InlineData("Partnership to Co-create a Future: WA Project 2.0", "partnership-to-co-create-a-future-wa-project-2-0")]
    [InlineData("Ministers' Meeting", "ministers-meeting")]
    [InlineData("Café Économique", "cafe-economique")]
    [InlineData("  --Trusted   Partners--  ", "trusted-partners")]
    public void Makes_a_readable_url_segment_from_an_english_name(string name, string expected)
    {
        var slug = Slug.FromName(name);

        slug.Should().Be(expected);
        Slug.IsValid(slug).Should().BeTrue();
    }

    [Fact]
    public void Gives_nothing_for_a_name_without_latin_letters_so_the_editor_must_choose_one()
    {
        Slug.FromName("東南アジア青年の船").Should().BeEmpty();
    }

    [Fact]
    public void Cuts_long_names_at_a_word_boundary()
    {
        var slug = Slug.FromName(string.Join(' ', Enumerable.Repeat("cooperation", 20)));

        slug.Length.Should().BeLessThanOrEqualTo(Slug.MaxLength);
        slug.Should().EndWith("cooperation");
        Slug.IsValid(slug).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("日本")]
    [InlineData("with space")]
    [InlineData("../etc/passwd")]
    public void Refuses_slugs_that_are_not_lower_case_words_joined_by_hyphens(string slug)
    {
        Slug.IsValid(slug).Should().BeFalse();
    }
}
