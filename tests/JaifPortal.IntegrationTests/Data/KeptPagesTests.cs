using System.Text.RegularExpressions;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Data;

/// <summary>
/// Dashboards and searches are kept for the next request that asks the same, but never past a change to
/// the content: an initiative added elsewhere (another instance, an import, an editor) shows at once.
/// </summary>
public partial class KeptPagesTests
{
    [Fact]
    public async Task A_change_to_the_content_shows_on_the_next_view_of_a_dashboard_already_seen()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        var email = $"official-{Guid.NewGuid():N}@mission.example";
        await BackOffice.CreateUserAsync(factory, email, PortalRoles.Official);
        var official = await BackOffice.SignedInClientAsync(factory, email);
        int areaId;
        await using (var db = database.CreateContext())
        {
            areaId = await db.CooperationAreas.Where(a => a.Pillar.Number == 1).OrderBy(a => a.SortOrder).Select(a => a.Id).FirstAsync();
        }

        var before = await InitiativesCountedAsync(official, "/en/dashboards/1?pub=all");
        (await InitiativesCountedAsync(official, "/en/dashboards/1?pub=all")).Should().Be(before, "nothing changed between the two views");

        await using (var db = database.CreateContext())
        {
            db.Initiatives.Add(new Initiative
            {
                Slug = "added-after-the-first-view",
                OriginalLanguage = ContentLanguage.English,
                Publication = PublicationStatus.Published,
                Areas = [new InitiativeArea { CooperationAreaId = areaId }],
                Translations = [new InitiativeTranslation { Language = ContentLanguage.English, Name = "Added after the first view", State = TranslationState.Ready }],
            });
            await db.SaveChangesAsync();
        }

        (await InitiativesCountedAsync(official, "/en/dashboards/1?pub=all")).Should().Be(before + 1);
    }

    [Fact]
    public async Task A_search_made_again_after_the_content_changed_elsewhere_finds_what_was_added_within_a_second()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        var visitor = BackOffice.NewClient(factory);
        const string Search = "/en/search?q=Quokka";

        (await visitor.GetPageAsync(Search)).QuerySelectorAll(".search-result").Should().BeEmpty("nothing is called Quokka yet");
        (await visitor.GetPageAsync(Search)).QuerySelectorAll(".search-result").Should().BeEmpty("the same search again, nothing changed");

        await using (var db = database.CreateContext())
        {
            db.Initiatives.Add(new Initiative
            {
                Slug = "quokka-exchange",
                OriginalLanguage = ContentLanguage.English,
                Publication = PublicationStatus.Published,
                Translations = [new InitiativeTranslation { Language = ContentLanguage.English, Name = "Quokka Exchange", State = TranslationState.Ready }],
            });
            await db.SaveChangesAsync();
        }

        // Written outside the portal, the change reaches its cached answers through NOTIFY: within a second, not at once.
        await Eventually.HoldsAsync(
            async () => (await visitor.GetPageAsync(Search)).QuerySelectorAll(".search-result h3 a").Select(a => a.TextContent).SequenceEqual(["Quokka Exchange"]),
            "the search finds the initiative added elsewhere",
            seconds: 1);
    }

    private static async Task<int> InitiativesCountedAsync(HttpClient client, string path)
    {
        var text = (await client.GetPageAsync(path)).VisibleText();
        var totals = InitiativeTotals().Match(text);
        totals.Success.Should().BeTrue($"{path} states how many initiatives it counts");
        return int.Parse(totals.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(\d+) initiatives?: \d+ published")]
    private static partial Regex InitiativeTotals();
}
