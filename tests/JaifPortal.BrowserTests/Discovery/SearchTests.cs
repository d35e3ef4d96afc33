using System.Runtime.CompilerServices;
using JaifPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Discovery;

public class SearchTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private Task InPage(Func<IPage, Task> test, ViewportSize? viewport = null, [CallerMemberName] string name = "") =>
        portal.InPageAsync(name, test, viewport);

    [Fact]
    public Task A_visitor_on_a_phone_searches_from_the_header_and_opens_a_result() => InPage(async page =>
    {
        await page.GotoAsync("/en/initiatives");

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" });
        await box.FillAsync("Jakarta");
        await box.PressAsync("Enter");

        await page.WaitForURLAsync("**/en/search?q=Jakarta");
        (await page.Locator("#heading-initiatives").InnerTextAsync()).Should().StartWith("Initiatives");
        (await page.Locator("#heading-events").InnerTextAsync()).Should().StartWith("Events");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "the search page must not scroll sideways on a phone");

        await page.Locator("#results-events .search-result h3 a").First.ClickAsync();

        await page.WaitForURLAsync("**/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Stakeholder Consultation with the ASEAN Dialogue Partners");
    }, new ViewportSize { Width = 320, Height = 640 });

    [Fact]
    public Task A_visitor_narrows_search_results_with_a_facet_and_removes_the_filters_again() => InPage(async page =>
    {
        await page.GotoAsync("/en/search?q=ASEAN");
        var allCount = await page.Locator("p.count").InnerTextAsync();

        await page.Locator("details.filter-control > summary").ClickAsync();
        var countries = page.Locator("details.facet", new() { Has = page.Locator("summary", new() { HasTextString = "Countries" }) });
        await countries.Locator("summary").ClickAsync();
        var indonesia = countries.GetByRole(AriaRole.Link, new() { Name = "Indonesia" });
        await indonesia.ClickAsync();

        await page.WaitForURLAsync("**/en/search?q=ASEAN&country=ID");
        (await page.Locator(".chips .chip strong").InnerTextAsync()).Should().Be("Indonesia");
        (await page.Locator(".search-filters").InnerTextAsync()).Should().Contain("cooperation areas");
        (await page.Locator("#results-areas").CountAsync()).Should().Be(0, "cooperation areas have no country");
        (await page.Locator("p.count").InnerTextAsync()).Should().NotBe(allCount);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "facets and results fit a phone's width");

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove all filters" }).ClickAsync();

        await page.WaitForURLAsync("**/en/search?q=ASEAN");
        (await page.Locator("p.count").InnerTextAsync()).Should().Be(allCount);
    }, new ViewportSize { Width = 320, Height = 640 });
}
