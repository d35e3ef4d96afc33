using System.Runtime.CompilerServices;
using JaifPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests;

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
}
