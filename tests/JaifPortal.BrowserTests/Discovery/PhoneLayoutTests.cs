using JaifPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Discovery;

/// <summary>
/// A phone 375 px wide and 667 px high: the search results and a list start within the first screen, the facets wait
/// behind the "Filter" control, the chosen values stay in view as chips, and the page meets WCAG 2.2 AA.
/// </summary>
public class PhoneLayoutTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 667 };

    [Theory]
    [InlineData("/en/search?q=ASEAN", "#results-initiatives .search-result", "Filter", "Countries")]
    [InlineData("/ja/search?q=ASEAN&country=VN", "#results-initiatives .search-result", "絞り込む", "国")]
    [InlineData("/en/initiatives?pillar=partners-for-co-creation-of-economy-and-society-of-the-future&status=Ongoing", ".card", "Filter", "Countries")]
    [InlineData("/ja/events", ".event-list li", "絞り込む", "年")]
    public async Task Results_come_first_and_the_facets_open_from_the_filter_control(string path, string firstResult, string filter, string facet)
    {
        await using var context = await portal.NewContextAsync(Phone, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var top = (await page.Locator(firstResult).First.BoundingBoxAsync())!.Y;
        top.Should().BeLessThan(Phone.Height, $"the first result of {path} starts on the first screen of a phone");
        var facetHeading = page.Locator("details.facet summary", new() { HasTextString = facet }).First;
        (await facetHeading.IsVisibleAsync()).Should().BeFalse("the facets wait behind the Filter control");

        await page.Locator("details.filter-control > summary", new() { HasTextString = filter }).ClickAsync();

        (await facetHeading.IsVisibleAsync()).Should().BeTrue();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
            .Should().BeLessThanOrEqualTo(0, "nothing scrolls sideways on a phone");
        (await Axe.SeriousViolationsAsync(page)).Should().BeEmpty($"{path} must meet WCAG 2.2 AA on a phone with the facets open");
    }

    [Fact]
    public async Task On_a_wide_screen_the_facets_show_beside_the_results_without_the_control()
    {
        await using var context = await portal.NewContextAsync(new() { Width = 1280, Height = 800 });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/initiatives");

        (await page.Locator("details.filter-control > summary").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("details.facet summary", new() { HasTextString = "Pillar" }).IsVisibleAsync()).Should().BeTrue();
    }
}
