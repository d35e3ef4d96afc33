using System.Xml.Linq;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>hreflang alternates, in pages and in the sitemap, name only the languages a record has text in.</summary>
public sealed class AlternateLanguageTests : PortalPerTest
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private HttpClient Client => field ??= Factory.CreateClient();

    private static List<(string? Language, string? Href)> Alternates(IDocument page) =>
        [.. page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href")))];

    private async Task AddEnglishOnlyInitiativeAsync()
    {
        await using var db = Database.CreateContext();
        db.Initiatives.Add(new Initiative
        {
            Slug = "english-only-initiative",
            Kind = InitiativeKind.Project,
            Status = InitiativeStatus.Ongoing,
            OriginalLanguage = ContentLanguage.English,
            Publication = PublicationStatus.Published,
            Areas = [new InitiativeArea { CooperationArea = await db.CooperationAreas.SingleAsync(a => a.Slug == "space") }],
            Translations =
            [
                new InitiativeTranslation { Language = ContentLanguage.English, Name = "An English-only initiative", State = TranslationState.Ready },
                new InitiativeTranslation { Language = ContentLanguage.Japanese, Name = "未公開の訳", State = TranslationState.Draft, IsPublished = false },
            ],
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_record_without_japanese_text_advertises_only_its_english_page()
    {
        await AddEnglishOnlyInitiativeAsync();

        var english = await Client.GetPageAsync("/en/initiatives/english-only-initiative");
        var japanese = await Client.GetPageAsync("/ja/initiatives/english-only-initiative");

        var only = ("en", "http://localhost/en/initiatives/english-only-initiative");
        Alternates(english).Should().Equal(only, ("x-default", only.Item2));
        english.QuerySelector("meta[property='og:locale:alternate']").Should().BeNull();
        // The Japanese address still answers (Japanese interface, the English text with a note), but it is not a version of its own.
        japanese.QuerySelector(".fallback-note").Should().NotBeNull();
        Alternates(japanese).Should().Equal(only, ("x-default", only.Item2));
        japanese.QuerySelector("link[rel=canonical]")!.GetAttribute("href").Should().Be(only.Item2);
    }

    [Fact]
    public async Task A_record_in_both_languages_advertises_both()
    {
        var page = await Client.GetPageAsync("/ja/initiatives/sseayp");

        Alternates(page).Should().Equal(
            ("en", "http://localhost/en/initiatives/sseayp"), ("ja", "http://localhost/ja/initiatives/sseayp"), ("x-default", "http://localhost/en/initiatives/sseayp"));
        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").Should().Be("http://localhost/ja/initiatives/sseayp");
    }

    [Fact]
    public async Task The_sitemap_lists_a_record_only_in_the_languages_it_has_text_in()
    {
        await AddEnglishOnlyInitiativeAsync();

        var sitemap = XDocument.Parse(await Client.GetStringAsync("/sitemap.xml"));

        var urls = sitemap.Root!.Elements(Sitemaps + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        locations.Should().Contain("http://localhost/en/initiatives/english-only-initiative")
            .And.NotContain("http://localhost/ja/initiatives/english-only-initiative");
        urls.Single(u => u.Element(Sitemaps + "loc")!.Value == "http://localhost/en/initiatives/english-only-initiative")
            .Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value).Should().Equal("en");
        locations.Should().Contain("http://localhost/ja/initiatives/sseayp");
    }
}
