using System.Text.RegularExpressions;
using JaifPortal.BrowserTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace JaifPortal.BrowserTests.Dashboards;

/// <summary>
/// The briefing packs as an official prints them: Chromium's A4 PDF of each pack (what "Save as PDF" gives), read back,
/// on the seeded content in both languages.
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
