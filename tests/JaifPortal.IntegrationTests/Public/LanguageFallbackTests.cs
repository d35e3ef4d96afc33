using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Public;

public class LanguageFallbackTests
{
    [Fact]
    public async Task A_record_written_only_in_english_is_shown_on_the_japanese_page_with_a_visible_note()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.CreateContext())
        {
            var space = await db.CooperationAreas.SingleAsync(a => a.Slug == "space");
            db.Initiatives.Add(new Initiative
            {
                Slug = "english-only-initiative",
                Kind = InitiativeKind.Project,
                Status = InitiativeStatus.Ongoing,
                OriginalLanguage = ContentLanguage.English,
                Publication = PublicationStatus.Published,
                Areas = [new InitiativeArea { CooperationArea = space }],
                Translations = [new InitiativeTranslation { Language = ContentLanguage.English, Name = "An English-only initiative", State = TranslationState.Ready }],
            });
            await db.SaveChangesAsync();
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/ja/initiatives/english-only-initiative");
        var page = await HtmlPage.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.DocumentElement.GetAttribute("lang").Should().Be("ja");
        var heading = page.QuerySelector("h1")!;
        heading.TextContent.Should().Be("An English-only initiative");
        heading.GetAttribute("lang").Should().Be("en", "screen readers must read the English text as English");
        page.QuerySelector(".fallback-note")!.TextContent.Should().Be("この項目は現在、英語でのみ提供しています。");

        var area = await HtmlPage.ParseAsync(await client.GetAsync("/ja/areas/space"));
        area.QuerySelectorAll(".card h3 a").Select(a => a.TextContent).Should().Contain("An English-only initiative");
        area.QuerySelector(".card .fallback-note").Should().NotBeNull();
    }
}
