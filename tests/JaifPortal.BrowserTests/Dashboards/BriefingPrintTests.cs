using System.Text;
using System.Text.RegularExpressions;
using JaifPortal.BrowserTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace JaifPortal.BrowserTests.Dashboards;

/// <summary>
/// The briefing packs and the month calendar as an official prints them: Chromium's A4 PDF of each (what "Save as PDF"
/// gives), read back, on the seeded content in both languages.
/// </summary>
public partial class BriefingPrintTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    public const int MaximumPages = 4;

    [Theory]
    [InlineData("/en/briefings/pillars/2")]
    [InlineData("/ja/briefings/pillars/2")]
    [InlineData("/en/briefings/pillars/2?variant=sharing")]
    [InlineData("/ja/briefings/pillars/2?variant=sharing")]
    [InlineData("/en/briefings/countries/indonesia")]
    [InlineData("/ja/briefings/countries/indonesia")]
    [InlineData("/en/briefings/events/2nd-azec-ministerial-meeting-2024")]
    [InlineData("/ja/briefings/events/2nd-azec-ministerial-meeting-2024")]
    public async Task A_pack_prints_on_at_most_four_numbered_A4_pages_without_empty_sections(string pack)
    {
        var page = await portal.SignedInPageAsync(PortalRoles.Official);
        try
        {
            await page.GotoAsync(pack);
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });

            using var document = PdfDocument.Open(pdf);
            var pages = document.GetPages().ToList();
            pages.Should().HaveCountLessThanOrEqualTo(MaximumPages, $"{pack} is handed to an ambassador");
            foreach (var printed in pages)
            {
                // A4 is 595 × 842 points.
                printed.Width.Should().BeApproximately(595, 1);
                printed.Height.Should().BeApproximately(842, 1);
                var text = Whitespace().Replace(printed.Text, string.Empty);
                text.Should().Contain($"{printed.Number}/{pages.Count}", $"page {printed.Number} of {pack} is numbered");
                text.Should().NotContain("Nothing.").And.NotContain("該当なし");
                text.Should().Contain(pack.StartsWith("/ja", StringComparison.Ordinal) ? "JAIFポータル" : "JAIFPortal", "every page has the running head");
                if (pack.EndsWith("sharing", StringComparison.Ordinal))
                {
                    text.Should().NotContainAny(["Nothingbehindit", "Nothingrecent", "Commitmentcoverage", "裏付けなし", "最近の動きなし", "充足状況"]);
                }
            }
        }
        finally
        {
            await page.Context.DisposeAsync();
        }
    }

    /// <summary>How many A4 pages November 2024 of the seeded content fills.</summary>
    public const int CalendarPages = 1;

    [Theory]
    [InlineData("en", "Calendar: November 2024", new[] { "← October 2024", "December 2024 →", "This month", "Next month", "Include work in progress" })]
    [InlineData("ja", "2024年11月のカレンダー", new[] { "← 2024年10月", "2024年12月 →", "今月", "来月", "作業中の記録" })]
    public async Task The_month_calendar_prints_its_heading_and_entries_without_its_tools(string language, string heading, string[] tools)
    {
        var page = await portal.SignedInPageAsync(PortalRoles.Official);
        try
        {
            await page.GotoAsync($"/{language}/dashboards/calendar?month=2024-11");
            var entries = await page.Locator(".calendar-entry a").AllInnerTextsAsync();
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });

            using var document = PdfDocument.Open(pdf);
            var pages = document.GetPages().ToList();
            pages.Should().HaveCount(CalendarPages, "November 2024 of the seeded content");
            pages.Should().AllSatisfy(printed =>
            {
                printed.Width.Should().BeApproximately(595, 1, "the calendar prints on A4");
                printed.Height.Should().BeApproximately(842, 1);
            });
            var text = Comparable(string.Concat(pages.Select(printed => printed.Text)));
            text.Should().Contain(Comparable(heading));
            entries.Should().NotBeEmpty();
            foreach (var entry in entries)
            {
                text.Should().Contain(Comparable(entry), "every entry of the month is printed");
            }

            text.Should().NotContainAny(tools.Select(Comparable), "the month's links, its chooser and the switch to work in progress are tools, not content");
        }
        finally
        {
            await page.Context.DisposeAsync();
        }
    }

    /// <summary>
    /// Text as compared with a PDF's: the letters and digits only, in compatibility form, since the PDF's text has the
    /// fonts' ligatures (ﬁ), CJK radicals (⽉ for 月) and other glyphs for the same punctuation (〜 for ～).
    /// </summary>
    private static string Comparable(string text) => string.Concat(text.Normalize(NormalizationForm.FormKC).Where(char.IsLetterOrDigit));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
