using System.Net;
using AngleSharp.Dom;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Public;

public class PublicPagesTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    private async Task<IDocument> GetPageAsync(string path)
    {
        var response = await _client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path} should render");
        return await HtmlPage.ParseAsync(response);
    }

    [Theory]
    [InlineData("/en", "en", "Trusted Partners", "Heart-to-Heart Partners across Generations")]
    [InlineData("/ja", "ja", "信頼のパートナー", "世代を超えた心と心のパートナー")]
    public async Task Home_shows_the_vision_and_the_three_pillars_in_the_visitors_language(string path, string lang, string framework, string firstPillar)
    {
        var page = await GetPageAsync(path);

        page.DocumentElement.GetAttribute("lang").Should().Be(lang);
        page.QuerySelector("h1")!.TextContent.Should().Contain(framework);
        page.QuerySelector("blockquote.vision")!.TextContent.Should().NotBeNullOrWhiteSpace();
        page.QuerySelectorAll(".card--pillar").Should().HaveCount(3);
        page.VisibleText().Should().Contain(firstPillar);
    }

    [Fact]
    public async Task Home_quotes_the_vision_exactly_as_the_japanese_source_words_it()
    {
        var page = await GetPageAsync("/ja");

        page.QuerySelector("blockquote.vision")!.TextContent.Should()
            .Contain("我々のビジョンは、共有された価値や原則が確保され")
            .And.Contain("互恵的な包括的戦略的パートナーシップを強化する。");
    }

    [Theory]
    [InlineData("/en/pillars/partners-for-co-creation-of-economy-and-society-of-the-future", "Partners for Co-creation of Economy and Society of the Future", 12)]
    [InlineData("/ja/pillars/partners-for-peace-and-stability", "平和と安定のためのパートナー", 11)]
    public async Task Pillar_page_lists_its_areas_with_initiative_counts(string path, string name, int areaCount)
    {
        var page = await GetPageAsync(path);

        page.QuerySelector("h1")!.TextContent.Should().Be(name);
        var areas = page.QuerySelectorAll(".area-list__item");
        areas.Should().HaveCount(areaCount);
        areas.Should().OnlyContain(area => area.QuerySelector(".count") != null);
    }

    [Theory]
    [InlineData("/en/pillars/partners-for-co-creation-of-economy-and-society-of-the-future", "Initiatives by cooperation area", "coverage")]
    [InlineData("/ja/pillars/partners-for-co-creation-of-economy-and-society-of-the-future", "協力分野別の取組数", "充足")]
    public async Task The_public_pillar_page_counts_what_exists_and_judges_no_area(string path, string chartHeading, string judgement)
    {
        var page = await GetPageAsync(path);

        page.QuerySelectorAll(".public-figures h3").Select(heading => heading.TextContent).Should().Contain(chartHeading);
        page.VisibleText().Should().NotContainEquivalentOf(judgement, "whether an area is covered is the staff dashboards' judgement");
        page.QuerySelectorAll(".area-list__item").Should().OnlyContain(area => area.ClassName == "area-list__item", "an area without initiatives is not marked");
    }

    [Fact]
    public async Task An_area_with_nothing_behind_it_says_so_instead_of_showing_an_empty_page()
    {
        var english = await GetPageAsync("/en/areas/space");
        var japanese = await GetPageAsync("/ja/areas/space");

        english.QuerySelector("h1")!.TextContent.Should().Be("Space");
        english.VisibleText().Should().Contain("No initiative is recorded under this area yet.");
        japanese.QuerySelector("h1")!.TextContent.Should().Be("宇宙");
        japanese.VisibleText().Should().Contain("この分野の取組はまだ登録されていません。");
    }

    [Fact]
    public async Task Area_page_lists_the_initiatives_behind_it()
    {
        var page = await GetPageAsync("/en/areas/youth-exchange");

        page.QuerySelectorAll(".card a").Select(a => a.GetAttribute("href"))
            .Should().Contain(["/en/initiatives/jenesys", "/en/initiatives/sseayp"]);
    }

    [Fact]
    public async Task Initiative_page_gives_the_facts_and_figures_of_the_source_in_english()
    {
        var page = await GetPageAsync("/en/initiatives/sseayp");
        var text = page.VisibleText();

        page.QuerySelector("h1")!.TextContent.Should().Be("Ship for Southeast Asian and Japanese Youth Program");
        text.Should().Contain("SSEAYP").And.Contain("1974");
        page.QuerySelectorAll(".figure__value").Select(f => f.TextContent)
            .Should().Contain(["38 days", "about 160 participants"]);
        page.QuerySelectorAll(".area-list__item, dd a").Select(a => a.GetAttribute("href"))
            .Should().Contain("/en/areas/youth-exchange");
        page.QuerySelectorAll("dd a").Select(a => a.GetAttribute("href"))
            .Should().Contain(["/en/countries/viet-nam", "/en/countries/indonesia"]);
        page.QuerySelector(".source-note cite")!.TextContent.Should().StartWith("Overview of the Implementation Plan");
    }

    [Fact]
    public async Task Initiative_page_gives_the_same_facts_in_japanese()
    {
        var page = await GetPageAsync("/ja/initiatives/sseayp");

        page.DocumentElement.GetAttribute("lang").Should().Be("ja");
        page.QuerySelector("h1")!.TextContent.Should().Be("東南アジア青年の船");
        page.QuerySelectorAll(".figure__value").Select(f => f.TextContent).Should().Contain(["38日間", "約160名"]);
        page.QuerySelector(".source-note")!.TextContent.Should().Contain("出典");
    }

    [Fact]
    public async Task Milestones_read_as_a_timeline_at_the_precision_the_source_gives()
    {
        var page = await GetPageAsync("/en/initiatives/azec");

        var times = page.QuerySelectorAll(".timeline time").Select(t => t.GetAttribute("datetime")!).ToList();
        times.Should().Contain(["2023-12-18", "2024-08-21"]);
        times.Should().BeInAscendingOrder(StringComparer.Ordinal);
        page.QuerySelectorAll(".timeline time").Select(t => t.TextContent).Should().Contain("18 December 2023");
        page.QuerySelectorAll("dd a").Select(a => a.GetAttribute("href")).Should().Contain("/en/initiatives/asia-zero-emission-center");
    }

    [Fact]
    public async Task A_child_initiative_links_to_its_parent_and_the_source_links_are_kept()
    {
        var page = await GetPageAsync("/en/initiatives/aomi");

        page.QuerySelectorAll("dd a").Select(a => a.GetAttribute("href")).Should().Contain("/en/initiatives/space");
        page.QuerySelectorAll("a[rel~=external]").Select(a => a.GetAttribute("href")).Should().Contain("https://aomi.env.go.jp/");
    }

    [Fact]
    public async Task The_largest_figures_keep_their_scale_in_both_languages()
    {
        var english = await GetPageAsync("/en/initiatives/comprehensive-connectivity-initiative");
        var japanese = await GetPageAsync("/ja/initiatives/comprehensive-connectivity-initiative");

        english.QuerySelectorAll(".figure__value").Select(f => f.TextContent).Should().Contain(["on the scale of ¥2.8 trillion", "5,000 people"]);
        japanese.QuerySelectorAll(".figure__value").Select(f => f.TextContent).Should().Contain(["2.8兆円規模", "5,000人"]);
    }

    [Theory]
    [InlineData("en", "Stakeholder Consultation with the ASEAN Dialogue Partners", "27 August 2024", "Jakarta")]
    [InlineData("ja", "ASEAN", "2024年8月27日", "ジャカルタ")]
    public async Task Event_page_gives_date_place_organisers_and_participants(string lang, string name, string date, string place)
    {
        var page = await GetPageAsync($"/{lang}/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        var text = page.VisibleText();

        page.QuerySelector("h1")!.TextContent.Should().Contain(name);
        text.Should().Contain(date).And.Contain(place);
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain([
            $"/{lang}/organisations/jaif",
            $"/{lang}/organisations/asean-ascc-ad-hoc-working-group",
            $"/{lang}/people/chujo-kazuo",
            $"/{lang}/people/naoki-minamiguchi",
            $"/{lang}/areas/asean-secretariat-support",
        ]);
        page.QuerySelector(".source-note a")!.GetAttribute("href").Should().Be($"/{lang}/sources/jaif-news-ascc-stakeholder-consultation-2024");
    }

    [Fact]
    public async Task Names_the_sources_give_only_in_latin_letters_stay_as_written_on_the_japanese_page()
    {
        var page = await GetPageAsync("/ja/people/chujo-kazuo");

        page.QuerySelector("h1")!.TextContent.Should().Be("CHUJO Kazuo");
        page.QuerySelector(".lead")!.TextContent.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("/en/organisations/eria", "Economic Research Institute for ASEAN and East Asia", "/en/initiatives/asia-zero-emission-center")]
    [InlineData("/ja/organisations/jaif", "日ASEAN統合基金", "/ja/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024")]
    public async Task Organisation_page_shows_its_initiatives_and_events(string path, string name, string linkedRecord)
    {
        var page = await GetPageAsync(path);

        page.QuerySelector("h1")!.TextContent.Should().Contain(name);
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(linkedRecord);
    }

    [Theory]
    [InlineData("/en/countries/indonesia", "Indonesia", "/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024")]
    [InlineData("/ja/countries/viet-nam", "ベトナム", "/ja/initiatives/sseayp")]
    public async Task Country_page_shows_the_work_in_that_country(string path, string name, string linkedRecord)
    {
        var page = await GetPageAsync(path);

        page.QuerySelector("h1")!.TextContent.Should().Be(name);
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(linkedRecord);
    }

    [Fact]
    public async Task Countries_list_names_the_ten_member_states_timor_leste_and_japan()
    {
        var page = await GetPageAsync("/en/countries");

        var names = page.QuerySelectorAll(".country-table tbody th[scope=row]").Select(c => c.TextContent).ToList();
        names.Should().HaveCount(12).And.Contain(["Brunei Darussalam", "Lao PDR", "Viet Nam", "Timor-Leste", "Japan"]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task The_country_map_links_every_country_with_its_initiative_count(string lang)
    {
        var page = await GetPageAsync($"/{lang}/countries");

        var shapes = page.QuerySelectorAll("figure.country-map svg a").ToList();
        shapes.Should().HaveCount(12);
        var listed = page.QuerySelectorAll(".country-table tbody tr:has(a)").ToDictionary(
            row => row.QuerySelector("a")!.GetAttribute("href")!,
            row => row.QuerySelector("td")!.TextContent);
        foreach (var shape in shapes)
        {
            var href = shape.GetAttribute("href")!;
            href.Should().StartWith($"/{lang}/countries/");
            shape.GetAttribute("aria-label").Should().Contain(listed[href], $"the map and the table agree for {href}");
        }

        listed[$"/{lang}/countries/viet-nam"].Should().NotBe("0", "SSEAYP and others name Viet Nam");
    }

    [Fact]
    public async Task Lists_page_through_their_records_and_clamp_pages_out_of_range()
    {
        var first = await GetPageAsync("/en/initiatives");
        var second = await GetPageAsync("/en/initiatives?page=2");
        var beyond = await GetPageAsync("/en/initiatives?page=9999");
        var negative = await GetPageAsync("/en/initiatives?page=-3");

        var firstSlugs = first.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        var secondSlugs = second.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        firstSlugs.Should().HaveCount(20);
        secondSlugs.Should().NotBeEmpty().And.NotIntersectWith(firstSlugs);
        first.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be("/en/initiatives?page=2");
        beyond.QuerySelector(".pager span")!.TextContent.Should().MatchRegex(@"^Page (\d+) of \1$", "a page past the end shows the last page");
        beyond.QuerySelector("a[rel=next]").Should().BeNull("the last page has no next page");
        negative.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).Should().Equal(firstSlugs);
    }

    [Fact]
    public async Task Facets_combine_in_the_address_show_their_counts_and_can_be_removed_one_by_one()
    {
        var page = await GetPageAsync("/en/initiatives?pillar=partners-for-co-creation-of-economy-and-society-of-the-future&country=ph");

        var total = int.Parse(page.QuerySelector("p.count")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        total.Should().BeGreaterThan(0);
        page.QuerySelectorAll(".card h3 a").Should().HaveCount(Math.Min(total, 20), "a page shows 20 at most");
        var facets = page.QuerySelectorAll("details.facet").ToDictionary(f => f.QuerySelector("summary")!.TextContent, f => f);
        var chosenCountry = page.QuerySelectorAll(".chips a.chip").Single(chip => chip.QuerySelector("strong")!.TextContent == "Philippines");
        chosenCountry.GetAttribute("href").Should().Be("/en/initiatives?pillar=partners-for-co-creation-of-economy-and-society-of-the-future");
        var statusCounts = facets["Status"].QuerySelectorAll(".count").Select(c => int.Parse(c.TextContent.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture));
        statusCounts.Sum().Should().Be(total, "every initiative has exactly one status");
        facets["Start year"].QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should()
            .OnlyContain(href => href!.Contains("pillar=partners-for-co-creation", StringComparison.Ordinal) && href.Contains("country=PH", StringComparison.OrdinalIgnoreCase) && href.Contains("year=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_event_list_narrows_by_country_and_year_with_counts()
    {
        var all = await GetPageAsync("/en/events");
        var indonesia = await GetPageAsync("/en/events?country=ID&year=2024");

        var countryFacet = all.QuerySelectorAll("details.facet").Single(f => f.QuerySelector("summary")!.TextContent == "Countries");
        var indonesiaLink = countryFacet.QuerySelectorAll("li").Single(li => li.QuerySelector("a")!.TextContent == "Indonesia");
        var listed = indonesia.QuerySelectorAll(".event-list li a").Select(a => a.GetAttribute("href")).ToList();
        listed.Should().Contain("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        indonesia.QuerySelectorAll(".event-list time").Should().OnlyContain(t => t.GetAttribute("datetime")!.StartsWith("2024", StringComparison.Ordinal));
        int.Parse(indonesiaLink.QuerySelector(".count")!.TextContent.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThanOrEqualTo(listed.Count);
    }

    [Theory]
    [InlineData("/en/initiatives?status=1")]
    [InlineData("/en/initiatives?status=Banana&year=abc")]
    [InlineData("/en/initiatives?country=XX&area=no-such-area&year=99999")]
    public async Task Unknown_facet_values_are_ignored_and_the_whole_list_is_shown(string path)
    {
        var page = await GetPageAsync(path);

        page.QuerySelector("p.count")!.TextContent.Should().StartWith("74 initiatives");
        page.QuerySelectorAll(".facet__selected").Should().BeEmpty();
    }

    [Fact]
    public async Task The_initiative_list_filters_by_pillar()
    {
        var page = await GetPageAsync("/en/initiatives?pillar=partners-for-peace-and-stability");

        var links = page.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Contain("/en/initiatives/jasmine").And.NotContain("/en/initiatives/jenesys");
    }

    [Theory]
    [InlineData("/en/initiatives/sseayp", "/ja/initiatives/sseayp")]
    [InlineData("/ja/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024", "/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024")]
    [InlineData("/en/initiatives?page=2", "/ja/initiatives?page=2")]
    public async Task The_language_switch_keeps_the_visitor_on_the_same_record(string path, string otherLanguagePath)
    {
        var page = await GetPageAsync(path);

        var switchLink = page.QuerySelector("a[data-switch-language]")!;
        switchLink.GetAttribute("href").Should().Be(otherLanguagePath);
        (await _client.GetAsync(otherLanguagePath)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_page_names_its_canonical_address_and_its_other_language()
    {
        var page = await GetPageAsync("/en/organisations/jaif");

        page.QuerySelector("link[rel=canonical]")!.GetAttribute("href").Should().EndWith("/en/organisations/jaif");
        page.QuerySelector("link[rel=alternate][hreflang=ja]")!.GetAttribute("href").Should().EndWith("/ja/organisations/jaif");
        page.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href").Should().EndWith("/en/organisations/jaif");
        page.QuerySelector("link[rel=alternate][hreflang=x-default]").Should().NotBeNull();
    }

    [Theory]
    [InlineData("/en/initiatives/no-such-initiative", "en", "Page not found")]
    [InlineData("/ja/events/no-such-event", "ja", "ページが見つかりません")]
    [InlineData("/fr/initiatives/sseayp", "en", "Page not found")]
    [InlineData("/ja/nowhere/at/all", "ja", "ページが見つかりません")]
    public async Task Unknown_addresses_get_a_helpful_404_page_in_the_visitors_language(string path, string lang, string title)
    {
        var response = await _client.GetAsync(path);
        var page = await HtmlPage.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.DocumentElement.GetAttribute("lang").Should().Be(lang);
        page.QuerySelector("h1")!.TextContent.Should().Be(title);
        page.QuerySelectorAll(".error-page a").Select(a => a.GetAttribute("href")).Should().Contain($"/{lang}/initiatives");
    }

    [Theory]
    [InlineData("ja,en;q=0.8", "/ja")]
    [InlineData("en-GB,en;q=0.9", "/en")]
    [InlineData("fr-FR", "/en")]
    public async Task The_bare_address_opens_the_home_page_in_the_browsers_language(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", acceptLanguage);

        var response = await _client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(expected);
    }

    [Fact]
    public async Task Pages_forbid_inline_script_and_framing()
    {
        var response = await _client.GetAsync("/en");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }
}
