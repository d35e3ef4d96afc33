using System.Text.RegularExpressions;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.UnitTests.Localization;

/// <summary>
/// Running Japanese text takes full-width brackets and colons (（柱1：…）, not (柱 1: …)); a half-width one in a
/// Japanese entry is a slip (issue 14). Placeholders, web addresses and Markdown's own link syntax keep theirs.
/// </summary>
public partial class JapanesePunctuationTests
{
    [Fact]
    public void Japanese_entries_use_full_width_brackets_and_colons()
    {
        var catalog = PortalLanguages.CatalogOf("ja");

        var halfWidth = catalog.Keys
            .Select(key => (Key: key.Replace('\u0004', '/'), Text: catalog.Find(key)!))
            .Where(entry => JapaneseCharacter().IsMatch(entry.Text) && HalfWidthPunctuation().IsMatch(WithoutNotation(entry.Text)))
            .Select(entry => $"{entry.Key}: {entry.Text}");

        halfWidth.Should().BeEmpty("Japanese text writes （ ） and ：");
    }

    [Fact]
    public void A_full_width_bracket_follows_its_word_without_a_space_and_a_half_width_one_after_a_space()
    {
        var catalog = PortalLanguages.CatalogOf("ja");

        catalog.Keys.Select(key => (Key: key.Replace('\u0004', '/'), Text: catalog.Find(key)!))
            .Where(entry => entry.Text.Contains(" （", StringComparison.Ordinal) || entry.Text.Contains("　（", StringComparison.Ordinal))
            .Select(entry => $"{entry.Key}: {entry.Text}")
            .Should().BeEmpty("取組（12）, not 取組 （12）");
        UiText.For("ja").BeforeParenthesis.Should().BeEmpty("the full-width bracket carries its own space");
        UiText.For("en").BeforeParenthesis.Should().Be(" ");
        UiText.For("ja").WithNote("東南アジア青年の船", "2024年11月4日").Should().Be("東南アジア青年の船（2024年11月4日）");
        UiText.For("en").WithNote("Ship for Southeast Asian and Japanese Youth Program", "4 November 2024")
            .Should().Be("Ship for Southeast Asian and Japanese Youth Program (4 November 2024)");
    }

    [Theory]
    [InlineData("（柱{0}：{1}）", false)]
    [InlineData("Markdown形式（[文字](https://…)）", false)]
    [InlineData("(柱 1: {0})", true)]
    [InlineData("充足率: {0}", true)]
    public void The_check_tells_half_width_punctuation_from_placeholders_and_addresses(string text, bool flagged)
    {
        HalfWidthPunctuation().IsMatch(WithoutNotation(text)).Should().Be(flagged);
    }

    private static string WithoutNotation(string text) =>
        WebAddress().Replace(MarkdownLink().Replace(Placeholder().Replace(text, "X"), "X"), "X");

    [GeneratedRegex(@"[\u3040-\u30ff\u3400-\u9fff]")]
    private static partial Regex JapaneseCharacter();

    [GeneratedRegex(@"[():]")]
    private static partial Regex HalfWidthPunctuation();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"https?://[^\s)）]*")]
    private static partial Regex WebAddress();
}
