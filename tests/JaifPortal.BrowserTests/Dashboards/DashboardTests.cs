using System.Text;
using JaifPortal.BrowserTests.Infrastructure;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Dashboards;

/// <summary>An official's way through the pillar dashboards, their layout on a phone, and axe-core on them in both languages.</summary>
public class DashboardTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task An_official_filters_a_pillar_dashboard_by_country_follows_a_figure_and_downloads_its_records()
    {
        var page = await portal.SignedInPageAsync(PortalRoles.Official);
        try
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Pillar dashboards" }).First.ClickAsync();
            await page.WaitForURLAsync("**/en/dashboards");
            await page.GetByRole(AriaRole.Link, new() { Name = "Partners for Co-creation of Economy and Society of the Future" }).ClickAsync();
            await page.WaitForURLAsync("**/en/dashboards/partners-for-co-creation-of-economy-and-society-of-the-future");

            await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync("VN");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
            await page.WaitForURLAsync("**/en/dashboards/partners-for-co-creation-of-economy-and-society-of-the-future?*country=VN*");
            (await page.Locator(".active-filters").InnerTextAsync()).Should().Contain("Viet Nam");
            (await page.Locator(".dashboard-totals").InnerTextAsync()).Should().Contain("33 published initiatives.", "MIDORI names Viet Nam and 32 regional initiatives of the pillar cover every Member State (ADR 26)");

            await page.Locator("#countries .section-details > summary").ClickAsync();
            await page.Locator("#countries details.figure-table > summary").ClickAsync();
            await page.Locator("#countries-table tr", new() { HasText = "Viet Nam" }).GetByRole(AriaRole.Link).ClickAsync();
            await page.WaitForURLAsync("**/records?kind=initiatives*country=VN*");
            (await page.Locator("main table tbody").InnerTextAsync()).Should().Contain("ASEAN-Japan MIDORI Cooperation Plan");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
            download.SuggestedFilename.Should().Be("jaif-pillar2-initiatives-published-en.csv");
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
            var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().HaveCount(34, "a header and the 33 initiatives in Viet Nam under pillar 2");
            lines.Should().Contain(line => line.StartsWith("ASEAN-Japan MIDORI Cooperation Plan,Published,Ongoing", StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_dashboard_fits_a_320_pixel_screen_without_scrolling_sideways()
    {
        var page = await portal.SignedInPageAsync(PortalRoles.Official);
        try
        {
            await page.SetViewportSizeAsync(320, 800);
            await page.GotoAsync("/ja/dashboards/2");
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(320);
            (await page.Locator("#coverage .coverage-grid").BoundingBoxAsync())!.Width.Should().BeLessThanOrEqualTo(320, "the grid scrolls within itself");
        }
        finally
        {
            await page.Context.DisposeAsync();
        }
    }

    public static TheoryData<string> Pages => new()
    {
        "/en/dashboards", "/ja/dashboards",
        "/en/dashboards/2?country=VN", "/ja/dashboards/partners-for-peace-and-stability",
        "/en/dashboards/1/records?kind=initiatives", "/ja/dashboards/2/records?kind=milestones&show=past",
        "/en/briefings/pillars/1?country=VN", "/ja/briefings/countries/viet-nam", "/en/briefings/events/2nd-azec-ministerial-meeting-2024",
        "/en/dashboards/calendar?month=2024-11", "/ja/dashboards/calendar?month=2024-11&pub=all",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Dashboards_have_no_serious_or_critical_accessibility_violations(string path)
    {
        var email = $"official-{Guid.NewGuid():N}@mission.example";
        await BackOffice.CreateUserAsync(portal.Factory, email, PortalRoles.Official);
        await using var context = await portal.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForURLAsync("**/admin/sign-in?ReturnUrl=*");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BackOffice.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + path.Split('?')[0] + "*");
        // Folded sections and menus opened, so what a reader unfolds is checked too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        (await Axe.SeriousViolationsAsync(page)).Should().BeEmpty($"{path} must meet WCAG 2.2 AA");
    }

    [Fact]
    public async Task A_briefing_pack_prints_on_a4_without_its_tools_and_keeps_the_record_stamp()
    {
        var email = $"official-{Guid.NewGuid():N}@mission.example";
        await BackOffice.CreateUserAsync(portal.Factory, email, PortalRoles.Official);
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ja/dashboards");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BackOffice.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("section[aria-labelledby='briefings-heading']").GetByRole(AriaRole.Link, new() { Name = "ベトナム", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/ja/briefings/countries/viet-nam");

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "印刷またはPDFとして保存" })).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "印刷またはPDFとして保存" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".briefing__records .briefing__record-lines li").First).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        pdf.Length.Should().BeGreaterThan(1000, "the pack should print to a real document");
    }
}
