using System.Runtime.CompilerServices;
using JaifPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Public;

public class PublicReadingTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private Task InPage(Func<IPage, Task> test, ViewportSize? viewport = null, [CallerMemberName] string name = "") =>
        portal.InPageAsync(name, test, viewport);

    [Fact]
    public Task A_visitor_switches_language_and_stays_on_the_same_initiative() => InPage(async page =>
    {
        await page.GotoAsync("/en/initiatives/sseayp");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Ship for Southeast Asian and Japanese Youth Program");

        await page.GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();

        await page.WaitForURLAsync("**/ja/initiatives/sseayp");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("東南アジア青年の船");
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("ja");
        (await page.Locator(".figure__value").AllInnerTextsAsync()).Should().Contain("38日間");
    });

    [Fact]
    public Task A_visitor_goes_from_the_home_page_to_a_pillar_an_area_and_an_initiative() => InPage(async page =>
    {
        await page.GotoAsync("/en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Partners for Co-creation of Economy and Society of the Future" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Environment", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Strategic Program for ASEAN Climate and Environment" }).ClickAsync();

        await page.WaitForURLAsync("**/en/initiatives/space");
        (await page.Locator(".source-note").InnerTextAsync()).Should().Contain("Section: Environment");
    });

    [Fact]
    public Task A_visitor_follows_a_country_on_the_map_to_its_page_which_lists_as_many_initiatives_as_the_map_shows() => InPage(async page =>
    {
        await page.GotoAsync("/en/countries");
        var row = page.Locator(".country-table tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Viet Nam", Exact = true }) });
        var count = int.Parse(await row.Locator("td").First.TextContentAsync() ?? string.Empty, System.Globalization.CultureInfo.InvariantCulture);
        count.Should().BePositive("the sources name work with Viet Nam");
        var shape = page.Locator("svg a.country-map__country[href='/en/countries/viet-nam']");
        (await shape.GetAttributeAsync("aria-label")).Should().Be($"Viet Nam: {count} initiative{(count == 1 ? string.Empty : "s")}");

        // By keyboard: Viet Nam is a thin S, and the middle of its box, where a pointer click lands, is Laos.
        await shape.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/en/countries/viet-nam");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Viet Nam");
        var there = await page.Locator("section[aria-labelledby=initiatives-heading] li.card").CountAsync();
        var regional = await page.Locator(".regional-initiatives .card").CountAsync();
        (there + regional).Should().Be(count, "the page lists the initiatives there and the regional ones, as the map counts them (ADR 26)");
    }, new ViewportSize { Width = 320, Height = 640 });

    [Theory]
    [InlineData("/en")]
    [InlineData("/ja/initiatives/comprehensive-connectivity-initiative")]
    [InlineData("/ja/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024")]
    public Task Pages_fit_a_320_pixel_phone_screen_without_sideways_scrolling(string path) => InPage(async page =>
    {
        await page.GotoAsync(path);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0, $"{path} must not scroll sideways on a phone");
        (await page.Locator(".main-nav").IsVisibleAsync()).Should().BeTrue();
    }, new ViewportSize { Width = 320, Height = 640 }, $"Phone{path.Replace('/', '_')}");

    [Fact]
    public Task The_first_tab_reaches_a_skip_link_that_moves_focus_to_the_content() => InPage(async page =>
    {
        await page.GotoAsync("/en/initiatives/azec");

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Should().Be("Skip to content");
        await page.Keyboard.PressAsync("Enter");

        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("main");
    });

    [Fact]
    public Task Pages_run_under_the_strict_content_security_policy_without_violations() => InPage(async page =>
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        foreach (var path in new[] { "/en", "/ja/initiatives/azec", "/en/events", "/ja/countries/indonesia", "/en/no-such-page" })
        {
            await page.GotoAsync(path);
        }

        violations.Should().BeEmpty();
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"))
            .Should().NotBe("rgba(0, 0, 0, 0)", "the stylesheet is served by the portal and applied");
    });
}
