using JaifPortal.BrowserTests.Infrastructure;
using JaifPortal.Web.Domain;

namespace JaifPortal.BrowserTests.Dashboards;

/// <summary>axe-core on the pages behind sign-in that the crosswalk adds: the ASEAN lens and the administrators' editor.</summary>
public class CrosswalkAccessibilityTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task The_asean_lens_has_no_serious_or_critical_accessibility_violations_in_either_language()
    {
        var page = await portal.SignedInPageAsync(PortalRoles.Official, bypassCsp: true);
        foreach (var path in new[] { "/en/dashboards/asean", "/ja/dashboards/asean" })
        {
            await page.GotoAsync(path);
            (await page.Locator("h1").TextContentAsync()).Should().NotBeNullOrEmpty();
            (await Axe.SeriousViolationsAsync(page)).Should().BeEmpty($"{path} must meet WCAG 2.2 AA");
        }

        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task The_crosswalk_editor_has_no_serious_or_critical_accessibility_violations_and_saves_from_the_keyboard()
    {
        var page = await portal.SignedInPageAsync(PortalRoles.Administrator, bypassCsp: true);
        await page.GotoAsync("/admin/crosswalk");
        (await Axe.SeriousViolationsAsync(page)).Should().BeEmpty("/admin/crosswalk must meet WCAG 2.2 AA");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Edit: Space" }).ClickAsync();
        (await Axe.SeriousViolationsAsync(page)).Should().BeEmpty("the crosswalk edit page must meet WCAG 2.2 AA");
        await page.GetByLabel("SDG 17: Partnerships for the Goals").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save (goes live at once)" }).ClickAsync();

        (await page.Locator(".notice[role=status]").TextContentAsync()).Should().Be("Saved.");
        (await page.GetByLabel("SDG 17: Partnerships for the Goals").IsCheckedAsync()).Should().BeTrue();
        await page.Context.DisposeAsync();
    }
}
