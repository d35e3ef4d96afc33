using System.Runtime.CompilerServices;
using System.Text.Json;
using JaifPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Public;

/// <summary>
/// A visitor who uses only the keyboard (Tab, Shift+Tab, Enter, Space): every step is taken with key
/// presses, every element the keyboard reaches must show a visible focus indicator, and focus must
/// never get stuck.
/// </summary>
public class KeyboardTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    /// <summary>More presses than any public page has stops: reaching nothing within them means a trap or a missing stop.</summary>
    private const int MaxPresses = 150;

    private const string DescribeFocus = """
        () => {
            const e = document.activeElement;
            const s = getComputedStyle(e);
            const box = e.getBoundingClientRect();
            return {
                tag: e.tagName.toLowerCase(), id: e.id, href: e.getAttribute('href') ?? '', text: (e.textContent ?? '').trim().slice(0, 80),
                inSearchResult: !!e.closest('.search-result'), inFacet: e.closest('details.facet')?.querySelector('summary')?.textContent ?? '',
                isRemoveFilter: !!e.closest('.chip'), switchesLanguage: e.hasAttribute('data-switch-language'),
                outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none',
                onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth,
            };
        }
        """;

    private Task InPage(Func<IPage, Task> test, [CallerMemberName] string name = "") => portal.InPageAsync(name, test);

    private static async Task<JsonElement> FocusAsync(IPage page) => await page.EvaluateAsync<JsonElement>(DescribeFocus);

    private static string Text(JsonElement focus, string property) => focus.GetProperty(property).GetString() ?? string.Empty;

    private static bool Flag(JsonElement focus, string property) => focus.GetProperty(property).GetBoolean();

    /// <summary>Presses the key until the focused element is the one wanted, checking on the way that each element focused is visibly so.</summary>
    private static async Task<JsonElement> PressUntilAsync(IPage page, string key, Func<JsonElement, bool> wanted, string what)
    {
        for (var press = 0; press < MaxPresses; press++)
        {
            await page.Keyboard.PressAsync(key);
            var focus = await FocusAsync(page);
            if (Text(focus, "tag") is "body")
            {
                continue;
            }

            (Flag(focus, "outline") || Flag(focus, "shadow")).Should().BeTrue($"the focused <{Text(focus, "tag")}> \"{Text(focus, "text")}\" ({Text(focus, "href")}) must show where the focus is");
            Flag(focus, "onScreen").Should().BeTrue($"the focused <{Text(focus, "tag")}> \"{Text(focus, "text")}\" must be visible");
            if (wanted(focus))
            {
                return focus;
            }
        }

        throw new Xunit.Sdk.XunitException($"{what} was not reached with {key} within {MaxPresses} presses on {page.Url}");
    }

    [Fact]
    public Task A_keyboard_user_skips_to_the_content_searches_opens_a_result_filters_a_list_and_switches_language() => InPage(async page =>
    {
        await page.GotoAsync("/en");

        var skip = await PressUntilAsync(page, "Tab", f => Text(f, "href") == "#main", "the skip link");
        Text(skip, "text").Should().Be("Skip to content", "the skip link is the first stop");
        await page.Keyboard.PressAsync("Enter");
        Text(await FocusAsync(page), "id").Should().Be("main", "the skip link moves the focus to the content");

        await PressUntilAsync(page, "Shift+Tab", f => Text(f, "id") == "site-search-q", "the search box (backwards from the content)");
        await page.Keyboard.TypeAsync("Jakarta");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/en/search?q=Jakarta");

        var result = await PressUntilAsync(page, "Tab", f => Flag(f, "inSearchResult"), "a search result");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + Text(result, "href"));
        (await page.Locator("h1").InnerTextAsync()).Should().NotBeNullOrWhiteSpace();

        await PressUntilAsync(page, "Tab", f => Text(f, "href") == "/en/initiatives", "the Initiatives link of the main menu");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/en/initiatives");

        await PressUntilAsync(page, "Tab", f => Text(f, "tag") == "summary" && Text(f, "text") == "Countries", "the Countries facet");
        (await page.Locator("details.facet:has(summary:text-is('Countries'))").GetAttributeAsync("open")).Should().BeNull("only pillar and status start open");
        await page.Keyboard.PressAsync("Space");
        (await page.Locator("details.facet:has(summary:text-is('Countries'))").GetAttributeAsync("open")).Should().NotBeNull("Space opens the facet");
        var country = await PressUntilAsync(page, "Tab", f => Text(f, "tag") == "a" && Text(f, "inFacet") == "Countries", "a country in the facet");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + Text(country, "href"));
        (await page.Locator(".chips a.chip strong").InnerTextAsync()).Should().Be(Text(country, "text"));

        await PressUntilAsync(page, "Tab", f => Flag(f, "isRemoveFilter"), "the link that removes the filter");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == "/en/initiatives");

        await PressUntilAsync(page, "Tab", f => Flag(f, "switchesLanguage"), "the language switch");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/ja/initiatives");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("取組");
    });

    [Theory]
    [InlineData("/en/search?q=ASEAN&pillar=partners-for-peace-and-stability")]
    [InlineData("/ja/organisations")]
    [InlineData("/en/countries")]
    public async Task Tab_visits_every_stop_of_the_page_once_in_order_and_shift_tab_walks_back(string path)
    {
        await portal.InPageAsync("Tab_walk_" + path.GetHashCode(StringComparison.Ordinal).ToString("x", System.Globalization.CultureInfo.InvariantCulture), async page =>
        {
            await page.GotoAsync(path);
            var stops = await page.EvaluateAsync<int>("""
                () => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
                    .filter(e => e.checkVisibility()).length
                """);
            var visited = new List<string>();
            for (var press = 0; press < stops; press++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await FocusAsync(page);
                (Flag(focus, "outline") || Flag(focus, "shadow")).Should().BeTrue($"stop {press + 1} (<{Text(focus, "tag")}> \"{Text(focus, "text")}\") shows its focus");
                visited.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return [...document.querySelectorAll('*')].indexOf(e) + ':' + e.tagName; }"));
            }

            visited.Should().OnlyHaveUniqueItems("focus moves on with every Tab and never circles inside part of the page");
            visited.Select(v => int.Parse(v.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)).Should().BeInAscendingOrder("focus follows the reading order");
            (await page.EvaluateAsync<string>("() => document.activeElement.closest('footer') ? 'footer' : 'elsewhere'")).Should().Be("footer", "the last stop is in the footer");

            await page.Keyboard.PressAsync("Shift+Tab");
            var back = await page.EvaluateAsync<string>("() => { const e = document.activeElement; return [...document.querySelectorAll('*')].indexOf(e) + ':' + e.tagName; }");
            back.Should().Be(visited[^2], "Shift+Tab returns to the previous stop");
        });
    }
}
