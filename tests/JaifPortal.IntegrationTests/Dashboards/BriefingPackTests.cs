using System.Net;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Dashboards;

public class BriefingPackTests
{
    private const string OfficialEmail = "official@mission.example";

    [Theory]
    [InlineData("/en/briefings/countries/indonesia")]
    [InlineData("/ja/briefings/events/2nd-azec-ministerial-meeting-2024")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_first(string pack)
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = BackOffice.NewClient(factory);

        var response = await client.GetAsync(pack);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/admin/sign-in").And.Contain(Uri.EscapeDataString(pack));
    }

    [Fact]
    public async Task An_account_without_a_portal_role_is_refused()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        await BackOffice.CreateUserAsync(factory, "nobody@example.org");
        using var client = BackOffice.NewClient(factory);
        await BackOffice.SignInAsync(client, "nobody@example.org");

        var response = await client.GetAsync("/en/briefings/countries/indonesia");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/admin/access-denied");
    }

    [Fact]
    public async Task An_official_gets_a_japanese_country_pack_stamped_with_the_date_and_each_record_used()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = await OfficialAsync(factory);

        var pack = await HtmlPage.ParseAsync(await client.GetAsync("/ja/briefings/countries/indonesia"));

        pack.DocumentElement.GetAttribute("lang").Should().Be("ja");
        pack.QuerySelector("h1")!.TextContent.Should().Contain("ブリーフィング資料").And.Contain("インドネシア");
        var jakartaToday = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        pack.QuerySelector(".briefing__stamp")!.TextContent.Should().Contain($"作成日時：{jakartaToday.Year}年{jakartaToday.Month}月{jakartaToday.Day}日");
        var summaries = pack.QuerySelectorAll(".briefing__initiative h3").Select(h => h.TextContent).ToList();
        summaries.Should().HaveCount(6, "the pack summarises what is in Indonesia for a reason of its own (named, a milestone or a photo there: SSEAYP, the connectivity initiative, the MRT East-West Line, AZEC, WA 2.0, the Luang Prabang plan), not the regional ones (ADR 26)");
        pack.QuerySelector(".briefing__regional")!.TextContent.Should().MatchRegex(@"ASEAN全加盟国を対象とする地域的な取組が\d+件", "the regional ones are counted, not summarised");
        summaries.Should().Contain(name => name.Contains("東南アジア青年の船"));
        var usedRows = RecordsUsed(pack);
        usedRows.Should().HaveCount(6, "the six initiatives summarised are used; the events in Indonesia were more than a year ago")
            .And.OnlyContain(row => row[2] == "出典資料から取り込んだまま", "no seeded record has been edited yet");
    }

    [Fact]
    public async Task A_pack_names_the_published_revision_and_leaves_out_unpublished_work()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.CreateContext())
        {
            var azec = await db.Initiatives.SingleAsync(i => i.Slug == "azec");
            var mrt = await db.Initiatives.SingleAsync(i => i.Slug == "jakarta-mrt-east-west-line");
            mrt.Publication = PublicationStatus.Draft;
            db.Revisions.AddRange(
                new Revision { RecordType = "Initiative", RecordId = azec.Id, Number = 1, Kind = RevisionKind.Saved, Snapshot = "{}", CreatedAt = DateTimeOffset.UtcNow.AddDays(-3) },
                new Revision { RecordType = "Initiative", RecordId = azec.Id, Number = 2, Kind = RevisionKind.Published, Snapshot = "{}", CreatedAt = DateTimeOffset.UtcNow.AddDays(-2) },
                new Revision { RecordType = "Initiative", RecordId = azec.Id, Number = 3, Kind = RevisionKind.Saved, Snapshot = "{}", CreatedAt = DateTimeOffset.UtcNow.AddDays(-1) });
            await db.SaveChangesAsync();
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = await OfficialAsync(factory);

        var pack = await HtmlPage.ParseAsync(await client.GetAsync("/en/briefings/countries/indonesia"));

        var rows = RecordsUsed(pack);
        rows.Should().ContainSingle(row => row[0] == "Asia Zero Emission Community").Which[2].Should().Be("Revision 2", "revision 3 is a saved draft the public has not seen");
        pack.QuerySelector("main")!.TextContent.Should().NotContain("Mass Rapid Transit", "a draft is not in a pack that may be handed out");
    }

    [Fact]
    public async Task Upcoming_milestones_are_those_of_the_coming_twelve_months_soonest_first()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);
        await using (var db = database.CreateContext())
        {
            var sseayp = await db.Initiatives.SingleAsync(i => i.Slug == "sseayp");
            Milestone At(DateOnly date, string title, bool published = true) => new()
            {
                InitiativeId = sseayp.Id,
                Date = new PartialDate(date, DatePrecision.Day),
                Status = MilestoneStatus.Planned,
                OriginalLanguage = ContentLanguage.English,
                Translations = [new MilestoneTranslation { Language = ContentLanguage.English, Title = title, IsPublished = published }],
            };
            db.Milestones.AddRange(
                At(today.AddMonths(2), "Ship sails from Tokyo"),
                At(today.AddDays(10), "Participants selected"),
                At(today.AddMonths(-1), "Applications closed"),
                At(today.AddMonths(14), "Alumni meeting"),
                At(today.AddDays(5), "Internal planning step", published: false));
            await db.SaveChangesAsync();
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = await OfficialAsync(factory);

        var pack = await HtmlPage.ParseAsync(await client.GetAsync("/en/briefings/countries/viet-nam"));

        var milestones = pack.QuerySelectorAll("section[aria-labelledby='milestones-heading'] li").Select(li => li.TextContent).ToList();
        milestones.Should().HaveCount(2);
        milestones[0].Should().Contain("Participants selected");
        milestones[1].Should().Contain("Ship sails from Tokyo");
    }

    [Fact]
    public async Task An_event_pack_holds_the_event_and_the_initiatives_behind_it()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = await OfficialAsync(factory);

        var pack = await HtmlPage.ParseAsync(await client.GetAsync("/en/briefings/events/2nd-azec-ministerial-meeting-2024"));

        pack.QuerySelector("h1")!.TextContent.Should().Contain("Briefing pack").And.Contain("AZEC");
        pack.QuerySelector(".facts")!.TextContent.Should().Contain("21 August 2024");
        pack.QuerySelectorAll(".briefing__initiative").Should().HaveCount(2, "the meeting served AZEC and the Asia Zero Emission Center");
        RecordsUsed(pack).Select(row => row[1]).Should().BeEquivalentTo(["Event", "Initiative", "Initiative"]);
    }

    [Fact]
    public async Task A_pack_of_something_that_does_not_exist_is_not_found()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = await OfficialAsync(factory);

        (await client.GetAsync("/en/briefings/countries/atlantis")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/ja/briefings/events/no-such-event")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_pillar_pack_follows_the_dashboard_filter_and_holds_published_records_only()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.CreateContext())
        {
            (await db.Initiatives.SingleAsync(i => i.Slug == "jenesys")).Publication = PublicationStatus.InReview;
            await db.SaveChangesAsync();
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = await OfficialAsync(factory);

        var whole = await HtmlPage.ParseAsync(await client.GetAsync("/en/briefings/pillars/1"));
        // Every published initiative of the first pillar covers all of ASEAN, so counts for each Member State (ADR 26);
        // Japan, named by one of them, shows the filter narrowing the pack.
        var japan = await HtmlPage.ParseAsync(await client.GetAsync("/ja/briefings/pillars/1?country=JP"));

        whole.QuerySelector("h1")!.TextContent.Should().Contain("Pillar 1");
        whole.QuerySelectorAll(".pack-table").Should().NotBeEmpty("the pack carries the dashboard's tables");
        whole.QuerySelector("main")!.TextContent.Should().NotContain("JENESYS", "a record in review is not in a pack that may be handed out");
        RecordsUsed(whole).Should().Contain(row => row[1] == "Pillar");
        japan.QuerySelector("main")!.TextContent.Should().Contain("絞り込み：日本");
        static int Initiatives(IDocument pack) => pack.QuerySelectorAll(".briefing__initiative, .briefing__lines li").Length;
        Initiatives(japan).Should().BePositive().And.BeLessThan(Initiatives(whole));
    }

    [Fact]
    public async Task The_dashboards_lead_to_every_kind_of_pack()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = await OfficialAsync(factory);

        var overview = await client.GetStringAsync("/en/dashboards");
        var pillar = await client.GetStringAsync("/en/dashboards/1?country=VN");

        overview.Should().Contain("href=\"/en/briefings/pillars/").And.Contain("href=\"/en/briefings/countries/viet-nam\"");
        overview.Should().Contain("href=\"/en/dashboards/asean\"", "the ASEAN lens is one of the dashboards");
        pillar.Should().Contain("href=\"/en/briefings/pillars/heart-to-heart-partners-across-generations?country=VN\"", "the pack follows the dashboard's filter");
    }

    [Theory]
    [InlineData("en", "Nothing behind it", "Nothing recent", "Commitment coverage")]
    [InlineData("ja", "裏付けなし", "最近の動きなし", "コミットメントの")]
    public async Task The_pack_for_sharing_outside_the_Mission_leaves_out_the_coverage_verdicts(string language, params string[] verdicts)
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = await OfficialAsync(factory);

        var internalPack = await HtmlPage.ParseAsync(await client.GetAsync($"/{language}/briefings/pillars/2"));
        var sharingLink = internalPack.QuerySelector(".briefing__variants a:last-child")!.GetAttribute("href")!;
        sharingLink.Should().EndWith("?variant=sharing");
        var sharing = await HtmlPage.ParseAsync(await client.GetAsync(sharingLink));

        internalPack.Body!.TextContent.Should().Contain(verdicts[0], "the internal pack judges the areas");
        foreach (var verdict in verdicts)
        {
            sharing.Body!.TextContent.Should().NotContain(verdict);
        }

        sharing.QuerySelector(".briefing__classification")!.TextContent.Should().NotBe(internalPack.QuerySelector(".briefing__classification")!.TextContent, "the pack says who may read it");
        sharing.QuerySelectorAll("#coverage-table tbody tr").Should().HaveCount(12, "the areas are still listed with what backs them");
    }

    private static async Task<HttpClient> OfficialAsync(PortalFactory factory)
    {
        await BackOffice.CreateUserAsync(factory, OfficialEmail, PortalRoles.Official);
        return await BackOffice.SignedInClientAsync(factory, OfficialEmail);
    }

    private static List<string[]> RecordsUsed(IDocument pack) =>
        pack.QuerySelectorAll(".briefing__records li")
            .Select(line => line.Children.Select(part => part.TextContent.Trim()).ToArray())
            .ToList();
}
