using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data.Seeding;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>
/// Facts of the seeded content checked against the sources (issue 14): what the sources do not give says where it
/// comes from, and the corrections reach a database seeded before them (seed-corrections.json, applied once).
/// </summary>
public class CorrectedFactsTests : PortalPerTest
{
    private Task<IDocument> GetPageAsync(string path) => CreateClient().GetPageAsync(path);

    private static string Text(IDocument page) => page.Body!.TextContent;

    [Fact]
    public async Task Timor_Leste_is_a_Member_State_since_the_47th_ASEAN_Summit_and_says_where_that_comes_from()
    {
        var english = await GetPageAsync("/en/countries/timor-leste");
        var japanese = await GetPageAsync("/ja/countries/timor-leste");

        english.QuerySelector(".eyebrow")!.TextContent.Should().Be("ASEAN Member State");
        english.QuerySelector(".membership")!.TextContent.Should().Be("ASEAN Member State since 26 October 2025");
        english.QuerySelector(".fact-source-note")!.TextContent.Should().Contain("47th ASEAN Summit in Kuala Lumpur").And.Contain("Added by the portal's editors");
        japanese.QuerySelector(".membership")!.TextContent.Should().Be("2025年10月26日からASEAN加盟国");
        japanese.QuerySelector(".fact-source-note")!.TextContent.Should().Contain("第47回ASEAN首脳会議");
        english.QuerySelectorAll(".regional-initiatives .card").Should().NotBeEmpty("as a Member State it counts the regional initiatives");
    }

    [Fact]
    public async Task The_Mission_of_Japan_is_in_Jakarta_and_the_ASEAN_Secretariat_is_not_listed_at_the_27_August_2024_consultation()
    {
        var mission = await GetPageAsync("/en/organisations/mission-of-japan-to-asean");
        var consultation = await GetPageAsync("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");

        mission.QuerySelector("dl.facts a[href^='/en/countries/']")!.GetAttribute("href").Should().Be("/en/countries/indonesia");
        consultation.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().NotContain("/en/organisations/asean-secretariat");
        consultation.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/en/organisations/mission-of-japan-to-asean");
    }

    [Theory]
    [InlineData("ajccbc", "Bangkok")]
    [InlineData("amro", "Singapore")]
    [InlineData("aha-centre", "Jakarta")]
    [InlineData("asean-centre-for-energy", "Jakarta")]
    [InlineData("eria", "Jakarta")]
    public async Task An_organisation_s_place_that_its_cited_source_does_not_give_says_where_it_comes_from(string slug, string place)
    {
        var english = await GetPageAsync($"/en/organisations/{slug}");
        var japanese = await GetPageAsync($"/ja/organisations/{slug}");

        english.QuerySelector(".fact-source-note")!.TextContent.Should().StartWith("Added by the portal's editors").And.Contain(place);
        japanese.QuerySelector(".fact-source-note")!.TextContent.Should().StartWith("ポータル編集者による追記");
    }

    [Fact]
    public async Task The_corrections_reach_a_database_seeded_before_them_once_and_keep_an_editor_s_later_change()
    {
        var key = ContentSeeder.LoadEmbeddedCorrections().Key;
        // The portal starts (and seeds what is missing) at its first request, so it has to start before the database
        // is rewound: started after, it would apply the corrections itself before the test could see them missing.
        (await GetPageAsync("/en/countries/myanmar")).QuerySelectorAll(".regional-initiatives .card").Should().NotBeEmpty();
        await using (var db = Database.CreateContext())
        {
            // As before the corrections: the Mission in Japan, no regional initiatives, Timor-Leste an observer.
            var japan = await db.Countries.SingleAsync(c => c.IsoCode == "JP");
            await db.Organisations.Where(o => o.Slug == "mission-of-japan-to-asean").ExecuteUpdateAsync(set => set.SetProperty(o => o.CountryId, japan.Id));
            await db.Initiatives.ExecuteUpdateAsync(set => set.SetProperty(i => i.CoversAllAsean, false));
            await db.Countries.Where(c => c.IsoCode == "TL")
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Group, CountryGroup.AseanObserver).SetProperty(c => c.AseanMemberSince, (DateOnly?)null));
            await db.AppliedSeeds.Where(s => s.Key == key).ExecuteDeleteAsync();
        }

        // Kept pages follow the content version, which reaches the portal a moment after the commit (ADR 13).
        await Eventually.HoldsAsync(async () => !Text(await GetPageAsync("/en/countries/myanmar")).Contains("Regional initiatives", StringComparison.Ordinal),
            "Myanmar's page without regional initiatives");
        await using (var db = Database.CreateContext())
        {
            var seeder = new ContentSeeder(db, TimeProvider.System, NullLogger<ContentSeeder>.Instance);
            (await seeder.SeedAsync(ContentSeeder.LoadEmbeddedCorrections(), CancellationToken.None)).Should().BeTrue();
        }

        await Eventually.HoldsAsync(async () => (await GetPageAsync("/en/countries/myanmar")).QuerySelectorAll(".regional-initiatives .card").Length > 0,
            "Myanmar's page with the regional initiatives again");
        (await GetPageAsync("/en/organisations/mission-of-japan-to-asean")).QuerySelector("dl.facts a[href^='/en/countries/']")!
            .GetAttribute("href").Should().Be("/en/countries/indonesia");
        (await GetPageAsync("/en/countries/timor-leste")).QuerySelector(".eyebrow")!.TextContent.Should().Be("ASEAN Member State");

        await using (var db = Database.CreateContext())
        {
            // An editor moves the Mission; the corrections, recorded as applied, never touch it again.
            var thailand = await db.Countries.SingleAsync(c => c.IsoCode == "TH");
            await db.Organisations.Where(o => o.Slug == "mission-of-japan-to-asean").ExecuteUpdateAsync(set => set.SetProperty(o => o.CountryId, thailand.Id));
            await new ContentSeeder(db, TimeProvider.System, NullLogger<ContentSeeder>.Instance).SeedEmbeddedAsync(CancellationToken.None);
            (await db.Organisations.SingleAsync(o => o.Slug == "mission-of-japan-to-asean")).CountryId.Should().Be(thailand.Id);
        }
    }
}
