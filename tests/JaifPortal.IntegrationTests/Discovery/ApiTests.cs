using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Discovery;

public class ApiTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path} should answer");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static List<string> Slugs(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("slug").GetString()!)];

    private static async Task<List<string>> AllInitiativeSlugsAsync(HttpClient client, string filter = "")
    {
        var page = await GetJsonAsync(client, $"/api/v1/initiatives?pageSize=100{filter}");
        page.GetProperty("totalCount").GetInt32().Should().BeLessThanOrEqualTo(100);
        return Slugs(page);
    }

    [Fact]
    public async Task Initiative_detail_gives_both_languages_figures_areas_countries_and_links()
    {
        var sseayp = await GetJsonAsync(_client, "/api/v1/initiatives/sseayp");

        sseayp.GetProperty("slug").GetString().Should().Be("sseayp");
        sseayp.GetProperty("name").GetProperty("en").GetString().Should().Be("Ship for Southeast Asian and Japanese Youth Program");
        sseayp.GetProperty("name").GetProperty("ja").GetString().Should().Be("東南アジア青年の船");
        sseayp.GetProperty("originalLanguage").GetString().Should().NotBeNullOrEmpty();
        sseayp.GetProperty("url").GetProperty("en").GetString().Should().Be("/en/initiatives/sseayp");
        sseayp.GetProperty("url").GetProperty("ja").GetString().Should().Be("/ja/initiatives/sseayp");
        sseayp.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("slug").GetString()).Should().Contain("youth-exchange");
        sseayp.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("isoCode").GetString()).Should().Contain(["VN", "ID"]);

        var figures = sseayp.GetProperty("keyFigures").EnumerateArray()
            .Select(f => (f.GetProperty("value").GetDecimal(), f.GetProperty("unit").GetString(), f.GetProperty("approximation").GetString()))
            .ToList();
        figures.Should().Contain([(38m, "Days", "Exact"), (160m, "Participants", "About")]);
        sseayp.GetProperty("keyFigures")[0].GetProperty("label").GetProperty("en").ValueKind.Should().Be(JsonValueKind.String);
    }

    [Fact]
    public async Task A_text_gives_every_language_in_texts_and_repeats_english_and_japanese_in_the_deprecated_fields()
    {
        var name = (await GetJsonAsync(_client, "/api/v1/initiatives/sseayp")).GetProperty("name");

        name.GetProperty("texts").GetProperty("en").GetString().Should().Be("Ship for Southeast Asian and Japanese Youth Program");
        name.GetProperty("texts").GetProperty("ja").GetString().Should().Be("東南アジア青年の船");
        name.GetProperty("en").GetString().Should().Be(name.GetProperty("texts").GetProperty("en").GetString());
        name.GetProperty("ja").GetString().Should().Be(name.GetProperty("texts").GetProperty("ja").GetString());

        using var openApi = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        openApi.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Bilingual").GetProperty("properties")
            .GetProperty("en").GetProperty("deprecated").GetBoolean().Should().BeTrue("v1's clients are told to read texts");
    }

    [Fact]
    public async Task Event_detail_gives_the_date_at_its_precision_and_the_place()
    {
        var jakarta = await GetJsonAsync(_client, "/api/v1/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");

        jakarta.GetProperty("startDate").GetProperty("value").GetString().Should().Be("2024-08-27");
        jakarta.GetProperty("startDate").GetProperty("precision").GetString().Should().Be("Day");
        jakarta.GetProperty("name").GetProperty("en").GetString().Should().Be("Stakeholder Consultation with the ASEAN Dialogue Partners");
        jakarta.GetProperty("place").GetProperty("ja").GetString().Should().Contain("ジャカルタ");
        jakarta.GetProperty("country").GetProperty("isoCode").GetString().Should().Be("ID");
        jakarta.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("slug").GetString()).Should().Contain("jaif");
    }

    [Fact]
    public async Task Initiative_detail_gives_its_milestones_in_date_order_its_photos_and_its_links()
    {
        var space = await GetJsonAsync(_client, "/api/v1/initiatives/space");

        var launch = space.GetProperty("milestones").EnumerateArray().Single();
        launch.GetProperty("date").GetProperty("value").GetString().Should().Be("2023-08");
        launch.GetProperty("date").GetProperty("precision").GetString().Should().Be("Month");
        launch.GetProperty("status").GetString().Should().Be("Achieved");
        launch.GetProperty("title").GetProperty("texts").GetProperty("ja").GetString().Should().Be("日ASEAN環境気候変動閣僚級対話において発足");
        launch.GetProperty("event").GetProperty("slug").GetString().Should().Be("asean-japan-ministerial-dialogue-on-environment-and-climate-change-2023");
        launch.GetProperty("event").GetProperty("url").GetProperty("texts").GetProperty("en").GetString()
            .Should().Be("/en/events/asean-japan-ministerial-dialogue-on-environment-and-climate-change-2023");

        var link = space.GetProperty("links").EnumerateArray().Single();
        link.GetProperty("url").GetString().Should().Be("https://www.ewsi.green/");
        link.GetProperty("title").GetProperty("texts").GetProperty("ja").GetString().Should().Be("EWS協議会ウェブサイト");

        var photo = space.GetProperty("photos").EnumerateArray().Single();
        photo.GetProperty("caption").GetProperty("texts").GetProperty("en").GetString().Should().Be("Use of secondary nature");
        photo.GetProperty("altText").GetProperty("texts").GetProperty("ja").GetString().Should().Be("二次的自然の利用の様子");
        photo.GetProperty("imageUrl").ValueKind.Should().Be(JsonValueKind.Null, "no file has been added for this caption, and the API gives no placeholder");

        var sseayp = await GetJsonAsync(_client, "/api/v1/initiatives/sseayp");
        sseayp.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("date").GetProperty("value").GetString())
            .Should().Equal("1974", "2024-11-04");
    }

    [Fact]
    public async Task Event_detail_names_its_participants_with_their_positions_and_gives_its_photos()
    {
        var consultation = await GetJsonAsync(_client, "/api/v1/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");

        var participants = consultation.GetProperty("participants").EnumerateArray().ToList();
        participants.Select(p => p.GetProperty("slug").GetString()).Should().Equal("chujo-kazuo", "naoki-minamiguchi");
        participants[0].GetProperty("name").GetProperty("texts").GetProperty("en").GetString().Should().Be("CHUJO Kazuo");
        participants[0].GetProperty("title").GetProperty("texts").GetProperty("en").GetString().Should().Be("Minister/Deputy Head of the Mission of Japan to ASEAN");
        participants[0].GetProperty("url").GetProperty("texts").GetProperty("ja").GetString().Should().Be("/ja/people/chujo-kazuo");
        consultation.GetProperty("photos").EnumerateArray().Single().GetProperty("credit").GetProperty("texts").GetProperty("en").GetString()
            .Should().Be("© JAIF Management Team");
    }

    [Fact]
    public async Task People_have_a_list_and_a_detail_with_their_organisation_and_events()
    {
        var people = await GetJsonAsync(_client, "/api/v1/people?pageSize=100");
        people.GetProperty("totalCount").GetInt32().Should().Be(3, "the sources name three people");
        Slugs(people).Should().Equal("chujo-kazuo", "naoki-minamiguchi", "watanabe-state-minister-mic");
        var listed = people.GetProperty("items")[0];
        listed.GetProperty("organisation").GetProperty("slug").GetString().Should().Be("mission-of-japan-to-asean");
        listed.GetProperty("url").GetProperty("texts").GetProperty("en").GetString().Should().Be("/en/people/chujo-kazuo");

        var chujo = await GetJsonAsync(_client, "/api/v1/people/chujo-kazuo");
        chujo.GetProperty("name").GetProperty("texts").GetProperty("en").GetString().Should().Be("CHUJO Kazuo");
        chujo.GetProperty("title").GetProperty("texts").GetProperty("ja").GetString().Should().Contain("代表部");
        chujo.GetProperty("organisation").GetProperty("url").GetProperty("texts").GetProperty("ja").GetString().Should().Be("/ja/organisations/mission-of-japan-to-asean");
        chujo.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("slug").GetString())
            .Should().Equal("stakeholder-consultation-with-the-asean-dialogue-partners-2024");
    }

    [Fact]
    public async Task Details_and_the_people_list_are_kept_in_the_output_cache_like_the_public_pages()
    {
        foreach (var path in new[] { "/api/v1/people?pageSize=50", "/api/v1/people/chujo-kazuo", "/api/v1/initiatives/space", "/api/v1/events/2nd-azec-ministerial-meeting-2024" })
        {
            await _client.GetAsync(path);
            var again = await _client.GetAsync(path);

            again.StatusCode.Should().Be(HttpStatusCode.OK, path);
            again.Headers.Age.Should().NotBeNull($"{path} should be answered from the output cache the second time");
        }
    }

    [Fact]
    public async Task Lists_answer_with_the_paging_envelope()
    {
        foreach (var path in new[] { "/api/v1/pillars", "/api/v1/areas", "/api/v1/initiatives", "/api/v1/events", "/api/v1/organisations", "/api/v1/countries" })
        {
            var page = await GetJsonAsync(_client, path);
            page.GetProperty("page").GetInt32().Should().Be(1, path);
            page.GetProperty("pageSize").GetInt32().Should().Be(20, path);
            page.GetProperty("totalCount").GetInt32().Should().BePositive(path);
            page.GetProperty("pageCount").GetInt32().Should().BePositive(path);
            page.GetProperty("items").GetArrayLength().Should().BePositive(path);
        }

        var pillars = await GetJsonAsync(_client, "/api/v1/pillars");
        pillars.GetProperty("items").GetArrayLength().Should().Be(3);
        var countries = await GetJsonAsync(_client, "/api/v1/countries");
        countries.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("isoCode").GetString()).Should().Contain(["JP", "VN", "ID"]);
    }

    [Fact]
    public async Task Pages_differ_and_page_sizes_and_numbers_are_kept_in_range()
    {
        var first = await GetJsonAsync(_client, "/api/v1/initiatives");
        var second = await GetJsonAsync(_client, "/api/v1/initiatives?page=2");
        var clamped = await GetJsonAsync(_client, "/api/v1/initiatives?pageSize=1000");
        var negative = await GetJsonAsync(_client, "/api/v1/initiatives?page=-5");
        var junk = await GetJsonAsync(_client, "/api/v1/initiatives?page=abc&pageSize=0");

        second.GetProperty("page").GetInt32().Should().Be(2);
        Slugs(second).Should().HaveCount(20).And.NotIntersectWith(Slugs(first));
        clamped.GetProperty("pageSize").GetInt32().Should().Be(100);
        clamped.GetProperty("items").GetArrayLength().Should().Be(Math.Min(100, first.GetProperty("totalCount").GetInt32()));
        negative.GetProperty("page").GetInt32().Should().Be(1);
        Slugs(negative).Should().Equal(Slugs(first));
        junk.GetProperty("page").GetInt32().Should().Be(1);
        junk.GetProperty("pageSize").GetInt32().Should().Be(1);
        first.GetProperty("pageCount").GetInt32().Should().Be((int)Math.Ceiling(first.GetProperty("totalCount").GetInt32() / 20.0));
    }

    [Fact]
    public async Task Filters_narrow_the_lists()
    {
        var everything = await AllInitiativeSlugsAsync(_client);
        var youth = await AllInitiativeSlugsAsync(_client, "&area=youth-exchange");
        var vietNam = await AllInitiativeSlugsAsync(_client, "&country=vn");
        var planned = await GetJsonAsync(_client, "/api/v1/initiatives?status=Planned&pageSize=100");
        var pillar = await GetJsonAsync(_client, "/api/v1/initiatives?pillar=partners-for-peace-and-stability&pageSize=100");

        youth.Should().Contain(["sseayp", "jenesys"]).And.HaveCountLessThan(everything.Count);
        vietNam.Should().Contain("sseayp").And.HaveCountLessThan(everything.Count);
        planned.GetProperty("items").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(i => i.GetProperty("status").GetString() == "Planned");
        pillar.GetProperty("totalCount").GetInt32().Should().BePositive().And.BeLessThan(everything.Count);

        var areas = await GetJsonAsync(_client, "/api/v1/areas?pillar=partners-for-peace-and-stability&pageSize=100");
        areas.GetProperty("items").EnumerateArray().Should().HaveCount(11)
            .And.OnlyContain(a => a.GetProperty("pillar").GetString() == "partners-for-peace-and-stability");

        var eventsIn2024 = await GetJsonAsync(_client, "/api/v1/events?year=2024&country=ID&pageSize=100");
        Slugs(eventsIn2024).Should().Contain("stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        eventsIn2024.GetProperty("items").EnumerateArray().Should()
            .OnlyContain(e => e.GetProperty("startDate").GetProperty("value").GetString()!.StartsWith("2024", StringComparison.Ordinal));
        var eventsIn1990 = await GetJsonAsync(_client, "/api/v1/events?year=1990");
        eventsIn1990.GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("/api/v1/initiatives?pillar=no-such-pillar", "pillar")]
    [InlineData("/api/v1/initiatives?area=no-such-area", "area")]
    [InlineData("/api/v1/initiatives?country=XX", "country")]
    [InlineData("/api/v1/initiatives?status=Sleeping", "status")]
    [InlineData("/api/v1/initiatives?status=1", "status")]
    [InlineData("/api/v1/areas?pillar=no-such-pillar", "pillar")]
    [InlineData("/api/v1/events?country=XX", "country")]
    [InlineData("/api/v1/events?year=next", "year")]
    public async Task Unknown_filter_values_answer_400_naming_the_parameter(string path, string parameter)
    {
        var response = await _client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("/api/v1/initiatives/no-such-initiative")]
    [InlineData("/api/v1/events/no-such-event")]
    [InlineData("/api/v1/organisations/no-such-organisation")]
    [InlineData("/api/v1/people/no-such-person")]
    [InlineData("/api/v1/people/%E3%81%82")]
    [InlineData("/api/v1/no-such-resource")]
    [InlineData("/api/v1/initiatives/sseayp/no-such-part")]
    [InlineData("/api/v1/")]
    public async Task Unknown_slugs_and_addresses_answer_404_problem_details(string path)
    {
        var response = await _client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task Organisation_detail_lists_its_published_initiatives()
    {
        var organisations = await GetJsonAsync(_client, "/api/v1/organisations?pageSize=100");
        Slugs(organisations).Should().Contain("cabinet-office-japan");

        var cabinetOffice = await GetJsonAsync(_client, "/api/v1/organisations/cabinet-office-japan");
        cabinetOffice.GetProperty("url").GetProperty("ja").GetString().Should().Be("/ja/organisations/cabinet-office-japan");
        cabinetOffice.GetProperty("initiatives").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).Should().Contain("sseayp");
    }

    [Fact]
    public async Task Responses_carry_an_etag_and_a_matching_if_none_match_answers_304()
    {
        var response = await _client.GetAsync("/api/v1/initiatives/sseayp");
        var etag = response.Headers.ETag;
        etag.Should().NotBeNull();
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromSeconds(60));

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/initiatives/sseayp");
        conditional.Headers.IfNoneMatch.Add(etag!);
        var notModified = await _client.SendAsync(conditional);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        notModified.Headers.ETag.Should().Be(etag);
        (await notModified.Content.ReadAsByteArrayAsync()).Should().BeEmpty();

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/v1/initiatives/sseayp");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        (await _client.SendAsync(stale)).StatusCode.Should().Be(HttpStatusCode.OK);

        var otherPage = await _client.GetAsync("/api/v1/initiatives?page=2");
        otherPage.Headers.ETag.Should().NotBe((await _client.GetAsync("/api/v1/initiatives")).Headers.ETag);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var response = await _client.GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/v1/initiatives", out var initiatives).Should().BeTrue();
        initiatives.GetProperty("get").GetProperty("operationId").GetString().Should().Be("ListInitiatives");
        paths.TryGetProperty("/api/v1/events/{slug}", out _).Should().BeTrue();
        paths.GetProperty("/api/v1/people").GetProperty("get").GetProperty("operationId").GetString().Should().Be("ListPeople");
        paths.GetProperty("/api/v1/people/{slug}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _).Should().BeTrue();
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("ApiInitiative").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Contain(["milestones", "photos", "links"]);
        schemas.GetProperty("ApiEvent").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Contain(["participants", "photos"]);
        schemas.GetProperty("ApiPhoto").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Contain(["caption", "country", "imageUrl"]);
    }
}

public class ApiPublicationTests
{
    [Fact]
    public async Task Only_published_records_and_published_translations_are_exposed()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using (var db = database.CreateContext())
        {
            (await db.Initiatives.SingleAsync(i => i.Slug == "sseayp")).Publication = PublicationStatus.Draft;
            (await db.Events.SingleAsync(e => e.Slug == "stakeholder-consultation-with-the-asean-dialogue-partners-2024")).Publication = PublicationStatus.Archived;
            (await db.Organisations.SingleAsync(o => o.Slug == "cabinet-office-japan")).Publication = PublicationStatus.InReview;
            var english = await db.Set<InitiativeTranslation>()
                .SingleAsync(t => t.Language == ContentLanguage.English && db.Initiatives.Any(i => i.Id == t.InitiativeId && i.Slug == "jasmine"));
            english.IsPublished = false;
            await db.SaveChangesAsync();
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        (await client.GetAsync("/api/v1/initiatives/sseayp")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/organisations/cabinet-office-japan")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        foreach (var list in new[] { "/api/v1/initiatives?page=1&pageSize=100", "/api/v1/initiatives?area=youth-exchange", "/api/v1/events?pageSize=100", "/api/v1/organisations?pageSize=100" })
        {
            var text = await client.GetStringAsync(list);
            text.Should().NotContain("\"sseayp\"", list)
                .And.NotContain("stakeholder-consultation-with-the-asean-dialogue-partners-2024", list)
                .And.NotContain("\"cabinet-office-japan\"", list);
        }

        using var jasmine = JsonDocument.Parse(await client.GetStringAsync("/api/v1/initiatives/jasmine"));
        var name = jasmine.RootElement.GetProperty("name");
        name.GetProperty("en").ValueKind.Should().Be(JsonValueKind.Null);
        name.GetProperty("ja").GetString().Should().NotBeNullOrEmpty();
    }
}

public class ApiPhotoAndParticipantTests
{
    [Fact]
    public async Task A_photo_gives_the_address_of_its_published_file_and_removed_photos_and_unpublished_people_are_left_out()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        int fileId;
        await using (var db = database.CreateContext())
        {
            var file = new ImageFile
            {
                ContentType = ImageFormat.Jpeg, Width = 800, Height = 600, UploadedAt = DateTimeOffset.UtcNow,
                Renditions =
                [
                    new ImageRendition { Width = 480, ContentType = ImageFormat.Jpeg, Content = TestImages.Jpeg(480, 360) },
                    new ImageRendition { Width = 800, ContentType = ImageFormat.Jpeg, Content = TestImages.Jpeg(800, 600) },
                ],
            };
            (await db.Images.SingleAsync(i => i.Initiative!.Slug == "space")).File = file;
            (await db.Images.SingleAsync(i => i.Event!.Slug == "stakeholder-consultation-with-the-asean-dialogue-partners-2024")).RemovedAt = DateTimeOffset.UtcNow;
            (await db.People.SingleAsync(p => p.Slug == "naoki-minamiguchi")).Publication = PublicationStatus.Draft;
            await db.SaveChangesAsync();
            fileId = file.Id;
        }

        await using var factory = new PortalFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var space = JsonDocument.Parse(await client.GetStringAsync("/api/v1/initiatives/space"));
        var address = space.RootElement.GetProperty("photos")[0].GetProperty("imageUrl").GetString();
        address.Should().Be($"/media/images/{fileId}/800.jpg");
        var picture = await client.GetAsync(address);
        picture.StatusCode.Should().Be(HttpStatusCode.OK, "the address is one the public can open");
        picture.Content.Headers.ContentType!.MediaType.Should().Be(ImageFormat.Jpeg);

        using var consultation = JsonDocument.Parse(await client.GetStringAsync("/api/v1/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024"));
        consultation.RootElement.GetProperty("photos").GetArrayLength().Should().Be(0, "an editor removed the photo");
        consultation.RootElement.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("slug").GetString()).Should().Equal("chujo-kazuo");
        (await client.GetAsync("/api/v1/people/naoki-minamiguchi")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetStringAsync("/api/v1/people")).Should().NotContain("naoki-minamiguchi");
    }
}

public class ApiRateLimitTests
{
    [Fact]
    public async Task A_client_over_the_limit_gets_429_with_retry_after()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString, new Dictionary<string, string> { ["Api:RequestsPerMinute"] = "3" });
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/v1/pillars")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var refused = await client.GetAsync("/api/v1/countries");
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        refused.Headers.RetryAfter!.Delta.Should().BePositive();
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await client.GetAsync("/en")).StatusCode.Should().Be(HttpStatusCode.OK, "the limit applies to the API only");
    }
}
