using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Domain;

public class TranslationSelectionTests
{
    private static Initiative WithTexts(string original, params string[] languages) => new()
    {
        Slug = "example",
        OriginalLanguage = original,
        Translations = [.. languages.Select(language => new InitiativeTranslation { Language = language, Name = "name-" + language })],
    };

    [Fact]
    public void Shows_the_visitors_language_when_it_exists()
    {
        var text = WithTexts("ja", "ja", "en").Localize("en")!;

        text.Text.Name.Should().Be("name-en");
        text.IsFallback.Should().BeFalse();
    }

    [Fact]
    public void Falls_back_to_the_original_language_and_says_so()
    {
        var text = WithTexts("ja", "ja").Localize("en")!;

        text.Text.Name.Should().Be("name-ja");
        text.IsFallback.Should().BeTrue();
        text.Language.Should().Be("ja");
    }

    [Fact]
    public void Falls_back_to_any_text_when_even_the_original_is_missing()
    {
        var text = WithTexts("ja", "id").Localize("en")!;

        text.Text.Name.Should().Be("name-id");
        text.IsFallback.Should().BeTrue();
    }

    [Fact]
    public void Has_nothing_to_show_for_a_record_without_text()
    {
        WithTexts("ja").Localize("en").Should().BeNull();
    }
}
