using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>Related initiatives and events on record pages: what they share, published only, in the reader's language.</summary>
public sealed class RelatedRecordsTests : PortalPerTest
{
    private HttpClient Client => field ??= Factory.CreateClient();

    // The defence initiatives of the Ministry of Defense: each shares the area and the ministry with JASMINE.
    private static readonly string[] DefenceMinistrys =
    [
        "vientiane-vision-2-0", "ship-rider-cooperation-program", "pacific-island-countries-ship-rider-cooperation-program",
        "professional-airmanship-program", "asean-japan-cybersecurity-capacity-building-support", "cyber-international-law-seminar",
    ];

    private async Task<List<string>> RelatedInitiativesAsync(string path) =>
        [.. (await Client.GetPageAsync(path)).QuerySelectorAll("#related-initiatives-heading ~ .cards h3 a").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task An_initiative_page_shows_at_most_five_published_initiatives_sharing_its_area_and_organisation()
    {
        var related = await RelatedInitiativesAsync("/en/initiatives/jasmine");
        await using (var db = Database.CreateContext())
        {
            await db.Initiatives.Where(i => i.Slug == "vientiane-vision-2-0").ExecuteUpdateAsync(set => set.SetProperty(i => i.Publication, PublicationStatus.Draft));
        }

        related.Should().HaveCount(5).And.OnlyContain(href => DefenceMinistrys.Contains(href.Replace("/en/initiatives/", string.Empty)));
        // A new content version: the page is computed again.
        (await RelatedInitiativesAsync("/en/initiatives/jasmine")).Should().NotContain("/en/initiatives/vientiane-vision-2-0", "a draft is not public");
    }

    [Fact]
    public async Task The_related_initiatives_are_in_the_readers_language()
    {
        var page = await Client.GetPageAsync("/ja/initiatives/jasmine");

        page.QuerySelector("#related-initiatives-heading")!.TextContent.Should().Be("分野・機関・国が共通する取組");
        page.QuerySelectorAll("#related-initiatives-heading ~ .cards h3 a").Select(a => a.GetAttribute("lang") ?? a.ParentElement!.GetAttribute("lang"))
            .Should().OnlyContain(language => language == "ja");
    }

    [Fact]
    public async Task Sharing_only_the_region_does_not_make_initiatives_related()
    {
        // Mine and UXO action is in Laos by name; as a regional initiative it would share every Member State with the other
        // regional ones, which counts half a point once and never on its own.
        await using (var db = Database.CreateContext())
        {
            await db.Initiatives.Where(i => i.Slug == "mine-and-uxo-action-mekong").ExecuteUpdateAsync(set => set.SetProperty(i => i.CoversAllAsean, true));
        }

        var related = await RelatedInitiativesAsync("/en/initiatives/mine-and-uxo-action-mekong");

        await using var check = Database.CreateContext();
        var laos = await check.Countries.Where(c => c.IsoCode == "LA").Select(c => c.Id).SingleAsync();
        var inLaos = await check.InitiativeCountryReach.Where(r => r.CountryId == laos && r.Reach != CountryReach.Regional)
            .Join(check.Initiatives, r => r.InitiativeId, i => i.Id, (_, i) => "/en/initiatives/" + i.Slug).ToListAsync();
        related.Should().NotBeEmpty().And.OnlyContain(href => inLaos.Contains(href), "the initiative shares no area or organisation, so only Laos relates it");
    }

    [Fact]
    public async Task An_event_page_shows_related_published_events()
    {
        var page = await Client.GetPageAsync("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        var related = page.QuerySelectorAll("#related-events-heading ~ .event-list a").Select(a => a.GetAttribute("href")).ToList();

        page.QuerySelector("#related-events-heading")!.TextContent.Should().Be("Events sharing areas, partners, initiatives or a country");
        related.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(5)
            .And.NotContain("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
    }
}
