using System.Globalization;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>What a visitor sees that makes the portal look finished: sources cited and readable, no placeholders, a real map, a home page with figures, the index and About pages.</summary>
public class FinishedPagesTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private const string PlanOverview = "implementation-plan-overview-2024";

    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("/en/initiatives/sseayp", "Overview of the Implementation Plan", "Section: Youth Exchange")]
    [InlineData("/ja/initiatives/sseayp", "日ASEAN友好協力に関する共同ビジョン・ステートメント2023", "項目：青年交流")]
    public async Task A_record_cites_its_source_by_title_date_and_section_in_the_readers_language_with_a_link_to_its_text(string path, string title, string section)
    {
        var page = await _client.GetPageAsync(path);

        var note = page.QuerySelector(".source-note")!;
        var lang = path[1..3];
        note.QuerySelector("cite")!.TextContent.Should().StartWith(title);
        note.QuerySelector("a")!.GetAttribute("href").Should().Be($"/{lang}/sources/{PlanOverview}");
        note.QuerySelector(".source-note__date")!.TextContent.Should().Be(lang == "ja" ? "2024年" : "2024");
        string.Join(' ', note.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Should().Contain(section);
        page.VisibleText().Should().NotContain(".txt", "a reader is shown the document, not the file it arrived as");
    }

    [Fact]
    public async Task The_source_page_gives_the_documents_text_in_its_own_language_and_the_records_taken_from_it()
    {
        var page = await _client.GetPageAsync($"/en/sources/{PlanOverview}");

        page.QuerySelector("h1 cite")!.TextContent.Should().StartWith("Overview of the Implementation Plan");
        var text = page.QuerySelector(".source-text")!;
        text.GetAttribute("lang").Should().Be("ja");
        text.TextContent.Should().Contain("東南アジア青年の船").And.Contain("ホーチミン市（ベトナム）");
        page.VisibleText().Should().Contain("This document is in Japanese.");
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain("/en/initiatives/sseayp");
        (await _client.GetAsync("/en/sources/no-such-document")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/en/initiatives/nihongo-partners")]
    [InlineData("/ja/initiatives/space")]
    [InlineData("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024")]
    public async Task Public_pages_show_no_placeholder_for_a_photo_whose_file_has_not_been_added(string path)
    {
        var page = await _client.GetPageAsync(path);

        page.QuerySelectorAll(".photo-placeholder").Should().BeEmpty();
        page.VisibleText().Should().NotContain("the file has not been added yet").And.NotContain("画像ファイルは未登録");
    }

    [Theory]
    [InlineData("en", "Viet Nam", "Japan")]
    [InlineData("ja", "ベトナム", "日本")]
    public async Task The_map_names_countries_in_the_readers_language_and_shades_them_by_count(string lang, string vietNam, string japan)
    {
        var page = await _client.GetPageAsync($"/{lang}/countries");

        var shapes = page.QuerySelectorAll("figure.country-map svg a.country-map__country").ToList();
        shapes.Should().OnlyContain(a => a.QuerySelector("path") != null);
        shapes.Single(a => a.GetAttribute("href") == $"/{lang}/countries/viet-nam").GetAttribute("aria-label").Should().StartWith(vietNam);
        shapes.Single(a => a.GetAttribute("href") == $"/{lang}/countries/japan").GetAttribute("aria-label").Should().StartWith(japan);
        var counts = page.QuerySelectorAll(".country-table tbody tr:has(a)").ToDictionary(
            row => row.QuerySelector("a")!.GetAttribute("href")!,
            row => int.Parse(row.QuerySelector("td")!.TextContent, CultureInfo.InvariantCulture));
        var largest = counts.Values.Max();
        foreach (var none in shapes.Where(a => counts[a.GetAttribute("href")!] == 0))
        {
            none.ClassList.Should().Contain("country-map__country--shade-0", "a country with no initiative is the lightest (today every Member State has the regional ones)");
        }

        shapes.Where(a => counts[a.GetAttribute("href")!] == largest).Should().OnlyContain(a => a.ClassList.Contains("country-map__country--shade-4"), "the most initiatives are the darkest");
    }

    [Theory]
    [InlineData("en", "initiatives", "upcoming event")]
    [InlineData("ja", "取組", "今後のイベント")]
    public async Task The_home_page_leads_with_a_statement_headline_figures_whats_new_and_upcoming_events(string lang, string initiatives, string upcoming)
    {
        var page = await _client.GetPageAsync($"/{lang}");

        page.QuerySelector(".hero__statement")!.TextContent.Should().NotBeNullOrWhiteSpace();
        var figures = page.QuerySelectorAll(".headline-figures a").ToList();
        figures.Select(a => a.GetAttribute("href")).Should().Equal($"/{lang}/initiatives", $"/{lang}/countries", $"/{lang}/events");
        figures[0].TextContent.Should().Contain(initiatives).And.MatchRegex("[1-9]");
        figures[2].TextContent.Should().Contain(upcoming);
        page.QuerySelectorAll(".whats-new li a").Should().NotBeEmpty();
        page.QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href"))
            .Should().Contain([$"/{lang}/pillars", $"/{lang}/search", $"/{lang}/about"]);
    }

    [Theory]
    [InlineData("/en/pillars", "/en/pillars/partners-for-peace-and-stability", "/en/areas/space")]
    [InlineData("/ja/areas", "/ja/pillars/heart-to-heart-partners-across-generations", "/ja/areas/disaster-management")]
    [InlineData("/en/people", "/en/people/chujo-kazuo", "/en/organisations/jaif-management-team")]
    public async Task The_index_pages_list_pillars_areas_and_people(string path, string firstLink, string secondLink)
    {
        var page = await _client.GetPageAsync(path);

        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Should().Contain([firstLink, secondLink]);
    }

    [Theory]
    [InlineData("/en/about", "About this portal", "not an official website")]
    [InlineData("/ja/about", "このポータルについて", "公式ウェブサイトではなく")]
    [InlineData("/en/contact", "Contact", "please write to the editors")]
    [InlineData("/ja/contact", "お問い合わせ", "編集者宛て")]
    public async Task About_and_contact_say_in_each_language_what_the_portal_is(string path, string title, string says)
    {
        var page = await _client.GetPageAsync(path);

        page.QuerySelector("h1")!.TextContent.Should().Be(title);
        page.VisibleText().Should().Contain(says);
    }

    [Theory]
    [InlineData("/ja/initiatives", "/en/initiatives")]
    [InlineData("/ja/search?q=ジャカルタ", "/en/search?q=Jakarta")]
    [InlineData("/ja/countries/viet-nam", "/en/countries/viet-nam")]
    [InlineData("/ja/organisations", "/en/organisations")]
    [InlineData("/ja/initiatives/sseayp", "/en/initiatives/sseayp")]
    public async Task Japanese_sets_no_space_before_a_full_width_bracket_while_english_sets_one_before_its_own(string japanese, string english)
    {
        var ja = (await _client.GetPageAsync(japanese)).VisibleText();
        var en = (await _client.GetPageAsync(english)).VisibleText();

        ja.Should().Contain("（").And.NotContainAny([" （", "　（"], "counts, acronyms and roles read 取組（12）, not 取組 （12）");
        System.Text.RegularExpressions.Regex.IsMatch(en, @"\S\(").Should().BeFalse("English sets a bracket off from the word before it");
    }
}
