using JaifPortal.Web.Localization;

namespace JaifPortal.UnitTests.Localization;

public class TranslationCatalogTests
{
    private const string Header = """
        msgid ""
        msgstr ""
        "Language: en\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\n"

        """;

    [Fact]
    public void Reads_entries_by_context_and_id_with_escapes_and_continued_lines()
    {
        var catalog = TranslationCatalog.Parse("en", Header + """
            # A translator's comment
            msgctxt "UiText"
            msgid "SiteName"
            msgstr ""
            "JAIF "
            "Portal \"beta\"\n"

            msgctxt "AdminText"
            msgid "SiteName"
            msgstr "Back office"
            """);

        catalog.Find(TranslationCatalog.Key("UiText", "SiteName")).Should().Be("JAIF Portal \"beta\"\n");
        catalog.Find(TranslationCatalog.Key("AdminText", "SiteName")).Should().Be("Back office");
        catalog.Find("SiteName").Should().BeNull("an entry with a context is found only with it");
    }

    [Fact]
    public void Leaves_out_fuzzy_untranslated_and_obsolete_entries_so_the_default_language_shows_instead()
    {
        var catalog = TranslationCatalog.Parse("ja", Header + """
            #, fuzzy
            msgctxt "UiText"
            msgid "Home"
            msgstr "ホーム？"

            msgctxt "UiText"
            msgid "Search"
            msgstr ""

            #~ msgctxt "UiText"
            #~ msgid "Old"
            #~ msgstr "古い"

            msgctxt "UiText"
            msgid "Events"
            msgstr "イベント"
            """);

        catalog.Keys.Should().Equal(TranslationCatalog.Key("UiText", "Events"));
    }

    [Fact]
    public void Chooses_the_plural_form_by_the_files_rule()
    {
        var catalog = TranslationCatalog.Parse("en", Header + """
            msgctxt "UiText"
            msgid "EventCount"
            msgid_plural "EventCount"
            msgstr[0] "{0} event"
            msgstr[1] "{0} events"
            """);
        var key = TranslationCatalog.Key("UiText", "EventCount");

        catalog.FindPlural(key, 1).Should().Be("{0} event");
        catalog.FindPlural(key, 0).Should().Be("{0} events");
        catalog.FindPlural(key, 2).Should().Be("{0} events");
        catalog.FormCount(key).Should().Be(2);
    }

    [Theory]
    [InlineData("msgctxt \"UiText\"\nmsgid \"A\"\nmsgstr \"a\"\n\nmsgctxt \"UiText\"\nmsgid \"A\"\nmsgstr \"b\"\n", "appears twice")]
    [InlineData("msgid \"A\"\nmsgstr \"a\\q\"\n", "unknown escape")]
    [InlineData("msgid \"A\"\nmsgstr a\n", "expected a quoted text")]
    [InlineData("\n\"orphan\"\n", "text outside an entry")]
    public void Names_the_fault_of_a_broken_file(string body, string fault)
    {
        var parse = () => TranslationCatalog.Parse("en", Header + body, "en.po");

        parse.Should().Throw<FormatException>().WithMessage($"*{fault}*");
    }
}
