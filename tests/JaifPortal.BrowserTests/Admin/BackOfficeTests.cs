using System.Runtime.CompilerServices;
using JaifPortal.BrowserTests.Infrastructure;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Admin;

public class BackOfficeTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private Task InPage(Func<IPage, Task> test, [CallerMemberName] string name = "") => portal.InPageAsync(name, test);

    [Fact]
    public Task A_visitor_who_opens_the_back_office_gets_the_sign_in_form() => InPage(async page =>
    {
        await page.GotoAsync("/admin/users");

        await page.WaitForURLAsync("**/admin/sign-in?ReturnUrl=%2Fadmin%2Fusers");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Sign in");
    });

    [Fact]
    public Task An_administrator_signs_in_with_the_keyboard_reaches_the_users_and_signs_out() => InPage(async page =>
    {
        await BackOffice.CreateUserAsync(portal.Factory, "admin-browser@jmt.example", PortalRoles.Administrator);
        await page.GotoAsync("/admin/sign-in");

        await page.GetByLabel("E-mail address").FillAsync("admin-browser@jmt.example");
        await page.GetByLabel("Password").FillAsync(BackOffice.Password);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/admin");
        (await page.Locator("h1").InnerTextAsync()).Should().StartWith("Welcome");
        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        (await page.Locator("table").InnerTextAsync()).Should().Contain("admin-browser@jmt.example");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/sign-in");
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/admin/sign-in?ReturnUrl=%2Fadmin");
    });

    [Fact]
    public Task The_back_office_speaks_japanese_when_the_editor_switches() => InPage(async page =>
    {
        await page.GotoAsync("/admin/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();

        (await page.Locator("h1").InnerTextAsync()).Should().Be("サインイン");
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("ja");
    });
}
