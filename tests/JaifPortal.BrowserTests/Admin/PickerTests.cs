using System.Runtime.CompilerServices;
using JaifPortal.BrowserTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Admin;

/// <summary>The record editors' searchable pickers (js/choice-filter.js) in Chromium: a filter box narrows a long list as one types.</summary>
public class PickerTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private Task InPage(Func<IPage, Task> test, [CallerMemberName] string name = "") => portal.InPageAsync(name, test);

    [Fact]
    public Task Typing_narrows_the_countries_and_areas_and_keeps_the_chosen_ones_in_view() => InPage(async _ =>
    {
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        await editor.GotoAsync("/admin/initiatives/edit");
        var countries = editor.Locator("fieldset[data-picker]", new() { Has = editor.Locator("legend", new() { HasText = "Countries" }) });
        await countries.GetByRole(AriaRole.Checkbox, new() { Name = "Thailand" }).CheckAsync();

        var filter = countries.GetByRole(AriaRole.Searchbox, new() { Name = "Find in Countries" });
        await filter.FillAsync("viet");
        await filter.PressAsync("Enter");
        editor.Url.Should().EndWith("/admin/initiatives/edit", "Enter in the box narrows the list; it does not submit the form");
        (await countries.Locator("[data-picker-list] label.choice:visible").AllInnerTextsAsync()).Select(text => text.Trim())
            .Should().BeEquivalentTo(["Thailand", "Viet Nam"], "Viet Nam matches and Thailand is chosen");
        (await countries.Locator("[data-picker-count]").InnerTextAsync()).Should().MatchRegex(@"^2 of \d+ shown$");

        var areas = editor.Locator("fieldset[data-picker]", new() { Has = editor.Locator("legend", new() { HasText = "Areas" }) });
        await areas.GetByRole(AriaRole.Searchbox).FillAsync("ｄｉｓａｓｔｅｒ");
        var shownAreas = await areas.Locator("[data-picker-list] label.choice:visible").AllInnerTextsAsync();
        shownAreas.Should().NotBeEmpty().And.OnlyContain(text => text.Contains("isaster", StringComparison.OrdinalIgnoreCase), "full-width letters match as half-width ones");
        (await areas.Locator("[data-picker-group]:visible").CountAsync()).Should().BeLessThan(await areas.Locator("[data-picker-group]").CountAsync(), "a pillar with no matching area hides its heading");

        await filter.FillAsync(string.Empty);
        (await countries.Locator("[data-picker-list] label.choice:visible").CountAsync()).Should().BeGreaterThan(2, "an empty box shows every choice again");
    });
}
