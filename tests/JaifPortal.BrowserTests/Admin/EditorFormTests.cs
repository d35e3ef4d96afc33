using System.Runtime.CompilerServices;
using JaifPortal.BrowserTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Admin;

/// <summary>The record editor's form worked by keyboard and mouse in Chromium: its bar of actions, rows and error summary.</summary>
public class EditorFormTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private Task InPage(Func<IPage, Task> test, [CallerMemberName] string name = "") => portal.InPageAsync(name, test);

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => `${document.activeElement.tagName.toLowerCase()}:${(document.activeElement.textContent ?? '').trim()}`");

    [Fact]
    public Task Save_is_reached_by_keyboard_within_the_first_few_tab_stops() => InPage(async _ =>
    {
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        await editor.GotoAsync("/admin/initiatives/edit");

        await editor.Keyboard.PressAsync("Tab");
        await editor.Keyboard.PressAsync("Tab");
        (await FocusedAsync(editor)).Should().Be("a:Go to actions", "the second skip link leads to the actions");
        await editor.Keyboard.PressAsync("Enter");
        await editor.Keyboard.PressAsync("Tab");
        (await FocusedAsync(editor)).Should().Be("button:Save");

        await editor.EvaluateAsync("() => window.scrollTo(0, 0)");
        var bar = await editor.Locator("#editor-actions").BoundingBoxAsync();
        bar!.Y.Should().BeLessThan(900, "the bar stays at the foot of the window while the form scrolls");
    });
}
