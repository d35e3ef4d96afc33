using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Public;

public class PublicationVisibilityTests
{
    [Theory]
    [InlineData(PublicationStatus.Draft)]
    [InlineData(PublicationStatus.InReview)]
    [InlineData(PublicationStatus.Archived)]
    public async Task Only_published_initiatives_reach_the_public(PublicationStatus status)
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.CreateContext())
        {
            var sseayp = await db.Initiatives.SingleAsync(i => i.Slug == "sseayp");
            sseayp.Publication = status;
            await db.SaveChangesAsync();
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        (await client.GetAsync("/en/initiatives/sseayp")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        foreach (var list in new[] { "/en/areas/youth-exchange", "/en/countries/viet-nam", "/ja/organisations/cabinet-office-japan", "/en/initiatives?page=1" })
        {
            (await client.GetStringAsync(list)).Should().NotContain("/initiatives/sseayp", $"{list} must not link to an unpublished initiative");
        }
    }

    [Fact]
    public async Task A_language_left_out_of_publication_is_not_shown_and_the_published_one_stands_in()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.CreateContext())
        {
            var english = await db.Set<InitiativeTranslation>()
                .SingleAsync(t => t.Language == ContentLanguage.English && db.Initiatives.Any(i => i.Id == t.InitiativeId && i.Slug == "jasmine"));
            english.IsPublished = false;
            await db.SaveChangesAsync();
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync("/en/initiatives/jasmine"));

        page.QuerySelector("h1")!.GetAttribute("lang").Should().Be("ja");
        page.QuerySelector(".fallback-note")!.TextContent.Should().Be("This text is available only in Japanese so far.");
        page.QuerySelector("h1")!.TextContent.Should().NotContain("Ministerial Initiative");
    }
}
