using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>
/// A third language switched on from test files alone (Public/Translations/id.po and its settings), as
/// docs/architecture.md says a language is added. The portal runs as a process of its own: the languages are
/// read once per process, and the other tests' portals keep English and Japanese.
/// </summary>
public sealed class ThirdLanguageTests(ThirdLanguagePortal portal) : IClassFixture<ThirdLanguagePortal>
{
    public static TheoryData<string> PublicPages =>
    [
        "/id",
        "/id/pillars/partners-for-peace-and-stability",
        "/id/areas/youth-exchange",
        "/id/initiatives",
        "/id/initiatives/azec",
        "/id/events",
        "/id/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024",
        "/id/organisations",
        "/id/organisations/jaif",
        "/id/countries",
        "/id/countries/brunei-darussalam",
        "/id/people/chujo-kazuo",
        "/id/search?q=youth",
    ];

    public static TheoryData<string> RecordPages =>
    [
        "/id/pillars/partners-for-peace-and-stability",
        "/id/areas/youth-exchange",
        "/id/initiatives/azec",
        "/id/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024",
        "/id/organisations/jaif",
        "/id/countries/brunei-darussalam",
        "/id/people/chujo-kazuo",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Every_public_page_type_renders_in_the_third_language_with_its_own_words_and_the_default_ones_it_lacks(string path)
    {
        var html = await PageAsync(path);

        html.Should().Contain("<html lang=\"id\"");
        html.Should().Contain("Portal JAIF", "id.po names the site");
        html.Should().Contain("Inisiatif", "the navigation reads id.po");
        html.Should().Contain("Skip to content", "a text id.po lacks is the default language's");
        html.Should().Contain("hreflang=\"ja\"").And.Contain("hreflang=\"en\"");
        if (!path.Contains("/initiatives/", StringComparison.Ordinal) && !path.Contains("/events/", StringComparison.Ordinal)
            && !path.Contains("/organisations/", StringComparison.Ordinal) && !path.Contains("/people/", StringComparison.Ordinal))
        {
            html.Should().Contain("<link rel=\"alternate\" hreflang=\"id\"", "a page that is not a record's exists in every language");
        }
        else
        {
            html.Should().NotContain("<link rel=\"alternate\" hreflang=\"id\"", "a record with no Indonesian text has no Indonesian version to advertise");
        }
        html.Should().Contain("Bahasa Indonesia", "the language switcher names the language as configured");
    }

    [Theory]
    [MemberData(nameof(RecordPages))]
    public async Task A_record_without_text_in_the_third_language_shows_its_original_with_a_note_in_the_third_language(string path)
    {
        var html = await PageAsync(path);

        html.Should().Contain("class=\"fallback-note\"").And.Contain("Teks ini sejauh ini hanya tersedia dalam bahasa");
    }

    [Fact]
    public async Task Counts_take_the_third_languages_plural_and_number_format()
    {
        var html = await PageAsync("/id/initiatives");

        html.Should().MatchRegex(@"<p class=""count"">\d+ inisiatif ");
    }

    [Fact]
    public async Task Dates_take_the_third_languages_pattern_and_month_names()
    {
        var html = await PageAsync("/id/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");

        html.Should().Contain("27 Agustus 2024", "id.po gives the day's pattern and the culture id-ID the month's name");
    }

    [Fact]
    public async Task The_api_names_the_third_language_in_texts_with_null_where_the_record_has_no_text_in_it()
    {
        using var response = await portal.Client.GetAsync(new Uri("/api/v1/initiatives/azec", UriKind.Relative));
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var texts = document.RootElement.GetProperty("name").GetProperty("texts");

        texts.GetProperty("id").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        texts.GetProperty("en").GetString().Should().NotBeNullOrEmpty();
        document.RootElement.GetProperty("url").GetProperty("texts").GetProperty("id").GetString().Should().Be("/id/initiatives/azec");
    }

    private async Task<string> PageAsync(string path)
    {
        using var response = await portal.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path} answers{Environment.NewLine}{html}{Environment.NewLine}{portal.Output}");
        return html;
    }
}

/// <summary>One seeded database and one portal process with Indonesian switched on, for the tests that only read.</summary>
public sealed class ThirdLanguagePortal : IAsyncLifetime
{
    private const string PublicBaseUrl = "https://portal.example";

    private TestDatabase _database = null!;
    private PortalProcess _portal = null!;

    public HttpClient Client { get; private set; } = null!;

    public string Output => _portal.Output;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _portal = new PortalProcess(new Dictionary<string, string>
        {
            ["ConnectionStrings__Portal"] = _database.ConnectionString,
            ["Database__CreateDevelopmentAdministrator"] = "false",
            ["Portal__PublicBaseUrl"] = PublicBaseUrl,
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["Portal__Languages__2__Code"] = "id",
            ["Portal__Languages__2__Culture"] = "id-ID",
            ["Portal__Languages__2__Name"] = "Bahasa Indonesia",
            ["Portal__ContentLicence__Statement__id"] = "Anda dapat menggunakan kembali teks dan data portal ini di bawah lisensi Creative Commons Atribusi 4.0 Internasional.",
            ["Portal__TranslationsPath"] = Path.Combine(AppContext.BaseDirectory, "Public", "Translations"),
        });
        await _portal.StartAsync();
        Client = _portal.CreateClientAsProxy(new Uri(PublicBaseUrl), new CookieContainer());
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _portal.DisposeAsync();
        await _database.DisposeAsync();
    }
}
