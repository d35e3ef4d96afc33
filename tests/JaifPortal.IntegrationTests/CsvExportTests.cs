using System.Text;
using JaifPortal.IntegrationTests.Infrastructure;
using Microsoft.VisualBasic.FileIO;

namespace JaifPortal.IntegrationTests;

public class CsvExportTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    /// <summary>Parsed by an independent CSV reader, the way a spreadsheet would read the file.</summary>
    private static List<string[]> Parse(byte[] content)
    {
        using var parser = new TextFieldParser(new MemoryStream(content), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    [Fact]
    public async Task The_initiative_list_downloads_as_csv_with_both_languages_and_a_byte_order_mark_for_spreadsheets()
    {
        var response = await _client.GetAsync("/ja/initiatives.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = Parse(bytes);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("jaif-initiatives-ja.csv");
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        rows[0].Should().StartWith(["slug", "name_en", "name_ja"]);
        var sseayp = rows.Single(row => row[0] == "sseayp");
        sseayp[1].Should().Be("Ship for Southeast Asian and Japanese Youth Program");
        sseayp[2].Should().Be("東南アジア青年の船");
        sseayp[rows[0].ToList().IndexOf("start")].Should().Be("1974");
        sseayp[rows[0].ToList().IndexOf("countries")].Should().Be("ID VN");
        sseayp[^1].Should().Be("http://localhost/ja/initiatives/sseayp");
        rows.Should().HaveCount(75, "a header and the 74 published initiatives of the sources");
    }

    [Fact]
    public async Task The_csv_follows_the_pillar_filter_of_the_list_it_was_downloaded_from()
    {
        var list = await HtmlPage.ParseAsync(await _client.GetAsync("/en/initiatives?pillar=partners-for-peace-and-stability"));
        var link = list.QuerySelector("a[download]")!.GetAttribute("href")!;

        var rows = Parse(await _client.GetByteArrayAsync(link));

        link.Should().Be("/en/initiatives.csv?pillar=partners-for-peace-and-stability");
        rows.Skip(1).Select(row => row[0]).Should().Contain("jasmine").And.NotContain("jenesys");
        rows.Skip(1).Should().OnlyContain(row => row[rows[0].ToList().IndexOf("pillars")].Contains('3'));
    }

    [Theory]
    [InlineData("/en/events", "stakeholder-consultation-with-the-asean-dialogue-partners-2024", "Jakarta")]
    [InlineData("/ja/organisations", "jaif", "日ASEAN統合基金")]
    public async Task The_event_and_organisation_lists_download_as_csv_too(string list, string slug, string expected)
    {
        var page = await HtmlPage.ParseAsync(await _client.GetAsync(list));
        var rows = Parse(await _client.GetByteArrayAsync(page.QuerySelector("a[download]")!.GetAttribute("href")));

        rows.Single(row => row[0] == slug).Should().Contain(expected);
    }
}
