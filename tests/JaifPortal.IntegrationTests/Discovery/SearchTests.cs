using System.Net;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Discovery;

public class SearchTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    private async Task<IDocument> SearchAsync(string lang, string query)
    {
        var path = $"/{lang}/search?q={Uri.EscapeDataString(query)}";
        var response = await _client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path} should render");
        return await HtmlPage.ParseAsync(response);
    }

    private static IEnumerable<string?> Links(IDocument page, string kind) =>
        page.QuerySelectorAll($"#results-{kind} .search-result h3 a").Select(a => a.GetAttribute("href"));

    [Fact]
    public async Task Every_public_page_has_a_search_box_labelled_in_its_language()
    {
        foreach (var (path, label) in new[] { ("/en", "Search"), ("/ja/initiatives", "検索") })
        {
            var page = await HtmlPage.ParseAsync(await _client.GetAsync(path));
            var form = page.QuerySelector("header form.site-search")!;
            form.GetAttribute("method").Should().Be("get");
            form.GetAttribute("action").Should().Be(path[..3] + "/search");
            var input = form.QuerySelector("input[name=q]")!;
            page.QuerySelector($"label[for={input.Id}]")!.TextContent.Should().Be(label);
        }
    }

    [Fact]
    public async Task People_are_found_by_name_and_events_by_the_people_taking_part()
    {
        var english = await SearchAsync("en", "Minamiguchi");
        var japanese = await SearchAsync("ja", "渡辺");

        Links(english, "people").Should().Equal("/en/people/naoki-minamiguchi");
        english.QuerySelector("#heading-people")!.TextContent.Should().StartWith("People");
        Links(english, "events").Should().Contain("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        Links(japanese, "people").Should().Equal("/ja/people/watanabe-state-minister-mic");
    }

    [Fact]
    public async Task A_member_states_name_finds_the_initiatives_there_and_not_every_regional_one()
    {
        var page = await SearchAsync("en", "Viet Nam");

        Links(page, "initiatives").Should().Contain(["/en/initiatives/sseayp", "/en/initiatives/midori-cooperation-plan"])
            .And.NotContain("/en/initiatives/jenesys", "JENESYS covers all of ASEAN and has nothing of its own in Viet Nam");
        var found = int.Parse(System.Text.RegularExpressions.Regex.Match(page.QuerySelector("#heading-initiatives")!.TextContent, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        found.Should().BeLessThan(10, "the 65 regional initiatives are not found by a Member State's name");
    }

    [Theory]
    [InlineData("en", "Expansion of ASEAN-Japan sports cooperation", "chiang-mai-declaration")]
    [InlineData("ja", "共同事業として発足", "sseayp")]
    public async Task An_initiative_is_found_by_what_its_milestones_say(string lang, string query, string slug)
    {
        var page = await SearchAsync(lang, query);

        Links(page, "initiatives").Should().Contain($"/{lang}/initiatives/{slug}");
    }

    [Theory]
    [InlineData("en", "Jakarta MRT")]
    [InlineData("ja", "ジャカルタMRT")]
    public async Task An_initiative_is_found_by_its_photo_captions(string lang, string query)
    {
        var page = await SearchAsync(lang, query);

        Links(page, "initiatives").Should().Contain($"/{lang}/initiatives/luang-prabang-action-plan");
    }

    [Fact]
    public async Task A_japanese_place_name_finds_what_its_english_name_finds()
    {
        var english = await SearchAsync("en", "Jakarta");
        var japanese = await SearchAsync("ja", "ジャカルタ");

        static List<string> All(IDocument page) =>
            [.. page.QuerySelectorAll(".search-result h3 a").Select(a => a.GetAttribute("href")![3..])];
        All(english).Should().HaveCountGreaterThanOrEqualTo(9);
        All(japanese).Should().Contain(All(english), "the consultation's place, ジャカルタ, is Jakarta in English, which the English texts say");
    }

    [Fact]
    public async Task A_japanese_organisation_name_finds_the_records_it_takes_part_in()
    {
        await using var db = portal.CreateContext();
        var foundation = await db.Organisations.Where(o => o.Slug == "japan-foundation")
            .Select(o => new
            {
                Japanese = o.Translations.Single(t => t.Language == "ja").Name,
                Initiatives = o.Initiatives.Where(link => link.Initiative.Publication == PublicationStatus.Published).Select(link => link.Initiative.Slug).Distinct().ToList(),
            })
            .SingleAsync();

        var page = await SearchAsync("ja", foundation.Japanese);

        foundation.Initiatives.Should().NotBeEmpty();
        Links(page, "initiatives").Should().Contain(foundation.Initiatives.Select(slug => $"/ja/initiatives/{slug}"));
    }

    [Fact]
    public async Task A_misspelt_acronym_finds_the_initiative()
    {
        var page = await SearchAsync("en", "JENESIS");

        Links(page, "initiatives").Should().Contain("/en/initiatives/jenesys");
        page.QuerySelector("#heading-initiatives")!.TextContent.Should().StartWith("Initiatives").And.MatchRegex(@"\(\d+\)");
    }

    [Fact]
    public async Task A_japanese_word_finds_the_area_and_the_initiatives_under_it()
    {
        var page = await SearchAsync("ja", "防災");

        Links(page, "areas").Should().Contain("/ja/areas/disaster-management");
        Links(page, "initiatives").Should().Contain("/ja/initiatives/aadmer-work-programme-2021-2025")
            .And.HaveCountGreaterThan(3);
        page.QuerySelector("#heading-areas")!.TextContent.Should().StartWith("協力分野");
        page.QuerySelector("#heading-initiatives")!.TextContent.Should().StartWith("取組");
        page.QuerySelectorAll("#results-areas h3").Should().Contain(h => h.TextContent == "防災" && h.GetAttribute("lang") == "ja");
    }

    [Fact]
    public async Task A_place_finds_the_event_held_there()
    {
        var page = await SearchAsync("en", "Jakarta");

        Links(page, "events").Should().Contain("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        page.QuerySelector("#heading-events")!.TextContent.Should().StartWith("Events");
        page.QuerySelectorAll(".search-kinds a").Select(a => a.TextContent).Should().Contain(t => t.StartsWith("Events ("));
    }

    [Fact]
    public async Task English_searches_find_japanese_pages_too_and_link_in_the_visitors_language()
    {
        var page = await SearchAsync("ja", "Jakarta");

        Links(page, "events").Should().Contain("/ja/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        page.QuerySelectorAll("#results-events h3").Should().Contain(h => h.TextContent.Contains("ASEAN対話国とのステークホルダー協議"));
    }

    [Fact]
    public async Task A_name_match_outranks_a_description_only_match()
    {
        var page = await SearchAsync("en", "Jakarta");

        var links = Links(page, "initiatives").ToList();
        links.Should().Contain("/en/initiatives/metro-manila-subway", "its description mentions Jakarta");
        links.First().Should().Be("/en/initiatives/jakarta-mrt-east-west-line");
    }

    [Fact]
    public async Task Matches_are_highlighted()
    {
        var page = await SearchAsync("en", "Jakarta");

        page.QuerySelectorAll("#results-initiatives h3 mark").Select(m => m.TextContent).Should().Contain("Jakarta");
        page.QuerySelectorAll("#results-events mark").Select(m => m.TextContent).Should().Contain("Jakarta");
    }

    [Fact]
    public async Task A_japanese_query_on_the_japanese_site_shows_japanese_names()
    {
        var page = await SearchAsync("ja", "青年の船");

        var result = page.QuerySelector("#results-initiatives .search-result h3")!;
        result.TextContent.Should().Contain("東南アジア青年の船");
        result.GetAttribute("lang").Should().Be("ja");
        result.QuerySelector("mark")!.TextContent.Should().Be("青年の船");
        result.QuerySelector("a")!.GetAttribute("href").Should().Be("/ja/initiatives/sseayp");
    }

    [Fact]
    public async Task A_script_in_the_query_is_shown_as_text()
    {
        var response = await _client.GetAsync("/en/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.ParseAsync(response);

        html.Should().NotContain("<script>alert(1)</script>");
        page.QuerySelectorAll("script").Should().BeEmpty();
        page.VisibleText().Should().Contain("<script>alert(1)</script>");
        page.QuerySelector("#site-search-q")!.GetAttribute("value").Should().Be("<script>alert(1)</script>");
    }

    [Theory]
    [InlineData("'; DROP TABLE initiatives; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("100%_\\")]
    [InlineData("a & b | !c <-> (d")]
    [InlineData("ja\0nesys")]
    [InlineData("-- -")]
    public async Task Sql_looking_queries_are_treated_as_text(string query)
    {
        var page = await SearchAsync("en", query);

        page.QuerySelector("h1")!.TextContent.Should().Be("Search");
        (await _client.GetAsync("/en/initiatives/jenesys")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_escaped_pattern_characters_match_only_themselves()
    {
        var page = await SearchAsync("en", "%%");

        page.QuerySelectorAll(".search-result").Should().BeEmpty();
        page.VisibleText().Should().Contain("Nothing matches “%%”");
    }

    [Theory]
    [InlineData("en", "", "Type a word or a name in the search box")]
    [InlineData("en", "   ", "Type a word or a name in the search box")]
    [InlineData("ja", "", "検索欄に語句や名称を入力すると")]
    [InlineData("en", "J", "Please type at least 2 characters.")]
    [InlineData("ja", "防", "2文字以上入力してください。")]
    public async Task Empty_and_one_character_queries_get_a_helpful_message(string lang, string query, string message)
    {
        var page = await SearchAsync(lang, query);

        page.QuerySelector(".search-message")!.TextContent.Should().Contain(message);
        page.QuerySelectorAll(".search-group").Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_query_gets_the_prompt()
    {
        var response = await _client.GetAsync("/en/search");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(response)).VisibleText().Should().Contain("Type a word or a name in the search box");
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_clamped_not_refused()
    {
        var page = await SearchAsync("en", "Jakarta " + new string('x', 10_000));

        page.VisibleText().Should().Contain("Only the first 200 characters of your search were used.");
        page.QuerySelector("#site-search-q")!.GetAttribute("value")!.Length.Should().BeLessThanOrEqualTo(200);
    }

    [Fact]
    public async Task Results_are_capped_per_kind()
    {
        var page = await SearchAsync("en", "ASEAN");

        foreach (var group in page.QuerySelectorAll(".search-group"))
        {
            group.QuerySelectorAll(".search-result").Length.Should().BeLessThanOrEqualTo(20);
        }

        page.QuerySelectorAll("#results-initiatives .search-result").Should().HaveCount(20);
    }
}

public class SearchVisibilityTests
{
    [Fact]
    public async Task Unpublished_records_are_not_found_and_a_fallback_is_marked()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.CreateContext())
        {
            var sseayp = await db.Initiatives.SingleAsync(i => i.Slug == "sseayp");
            sseayp.Publication = PublicationStatus.Draft;
            var english = await db.Set<InitiativeTranslation>()
                .SingleAsync(t => t.Language == ContentLanguage.English && db.Initiatives.Any(i => i.Id == t.InitiativeId && i.Slug == "jasmine"));
            english.IsPublished = false;
            await db.SaveChangesAsync();
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        var hidden = await client.GetStringAsync("/en/search?q=SSEAYP");
        hidden.Should().NotContain("/initiatives/sseayp");
        (await client.GetStringAsync("/ja/search?q=" + Uri.EscapeDataString("東南アジア青年の船"))).Should().NotContain("/initiatives/sseayp");

        // Its English text is withdrawn, so neither English words nor the English name find or show it.
        (await client.GetStringAsync("/en/search?q=" + Uri.EscapeDataString("Enhanced Defense Cooperation"))).Should().NotContain("/initiatives/jasmine");

        var page = await HtmlPage.ParseAsync(await client.GetAsync("/en/search?q=JASMINE"));
        var result = page.QuerySelectorAll("#results-initiatives .search-result")
            .Single(r => r.QuerySelector("a")!.GetAttribute("href") == "/en/initiatives/jasmine");
        result.QuerySelector("h3")!.GetAttribute("lang").Should().Be("ja");
        result.QuerySelector(".fallback-note")!.TextContent.Should().Be("This text is available only in Japanese so far.");
    }
}
