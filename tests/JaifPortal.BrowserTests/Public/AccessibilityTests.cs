using JaifPortal.BrowserTests.Infrastructure;

namespace JaifPortal.BrowserTests.Public;

/// <summary>axe-core on every public page type in both languages: no serious or critical WCAG violation.</summary>
public class AccessibilityTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    public static TheoryData<string> Pages => new()
    {
        "/en", "/ja",
        "/en/pillars/partners-for-peace-and-stability", "/ja/pillars/heart-to-heart-partners-across-generations",
        "/en/areas/space", "/ja/areas/disaster-management",
        "/en/initiatives", "/ja/initiatives?page=2",
        "/en/initiatives/sseayp", "/ja/initiatives/azec",
        "/en/events", "/ja/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024",
        "/en/organisations/jaif", "/ja/organisations",
        "/en/countries", "/ja/countries/viet-nam",
        "/en/people/chujo-kazuo",
        "/en/search?q=Jakarta", "/ja/search?q=%E9%98%B2%E7%81%BD",
        "/en/search?q=ASEAN&country=ID&year=2024", "/ja/search?q=ASEAN&status=Ongoing",
        "/en/organisations?country=JP", "/ja/organisations?pillar=partners-for-peace-and-stability",
        "/en/initiatives?organisation=jaif", "/ja/events?organisation=jaif",
        "/en/sources", "/ja/sources",
        "/en/no-such-page",
        "/en/pillars", "/ja/areas", "/en/people", "/ja/about", "/en/contact",
        "/en/sources/implementation-plan-overview-2024", "/ja/sources/jaif-news-ascc-stakeholder-consultation-2024",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Public_pages_have_no_serious_or_critical_accessibility_violations(string path)
    {
        var context = await portal.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        (await Axe.SeriousViolationsAsync(page)).Should().BeEmpty($"{path} must meet WCAG 2.2 AA");
        await context.DisposeAsync();
    }
}
