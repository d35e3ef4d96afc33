using System.Runtime.CompilerServices;
using JaifPortal.BrowserTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Admin;

/// <summary>Events written in the back office and read on the public site, clicked through in Chromium.</summary>
public class EventEditingTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private Task InPage(Func<IPage, Task> test, [CallerMemberName] string name = "") => portal.InPageAsync(name, test);

    private Task<IPage> SignedInPageAsync(string role) => portal.SignedInPageAsync(role);

    [Fact]
    public Task An_editor_creates_an_event_a_reviewer_publishes_it_and_a_visitor_reads_it_in_both_languages() => InPage(async visitor =>
    {
        var editor = await SignedInPageAsync(PortalRoles.Editor);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Events", Exact = true }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "New event" }).ClickAsync();
        await editor.Locator("fieldset.language[lang=en] input[name='Form.Texts[en].Name']").FillAsync("Mekong Youth Forum");
        await editor.Locator("fieldset.language[lang=en] input[name='Form.Texts[en].Place']").FillAsync("Hanoi");
        await editor.Locator("fieldset.language[lang=en] textarea[name='Form.Texts[en].Topics']").FillAsync("- Jobs for young people\n- Climate");
        await editor.Locator("fieldset.language[lang=ja] input[name='Form.Texts[ja].Name']").FillAsync("メコン青年フォーラム");
        await editor.Locator("fieldset.language[lang=ja] input[name='Form.Texts[ja].Place']").FillAsync("ハノイ");
        await editor.GetByLabel("Start").FillAsync("2025-09-15");
        await editor.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Viet Nam" });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add an organisation" }).ClickAsync();
        await editor.Locator("select[name='Form.Organisations[0].OrganisationSlug']").SelectOptionAsync("jaif");
        await editor.Locator("select[name='Form.Organisations[0].Role']").SelectOptionAsync("Supporter");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add a participant" }).ClickAsync();
        await editor.Locator("select[name='Form.Participants[0].PersonSlug']").SelectOptionAsync("naoki-minamiguchi");
        await editor.GetByRole(AriaRole.Checkbox, new() { Name = "Youth exchange" }).CheckAsync();
        await editor.GetByLabel("Related initiatives", new() { Exact = true }).SelectOptionAsync("sseayp");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await editor.WaitForURLAsync("**done=SubmittedForReview");
        (await editor.Locator(".notice[role=status]").InnerTextAsync()).Should().Contain("Submitted for review");
        (await editor.Locator("input[name='Form.Slug']").InputValueAsync()).Should().Be("mekong-youth-forum", "the address is made from the English name");
        var editUrl = editor.Url.Split("&done=")[0];

        var reviewer = await SignedInPageAsync(PortalRoles.Reviewer);
        await reviewer.GotoAsync("/admin/events");
        await reviewer.GetByLabel("Search").FillAsync("Hanoi");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Mekong Youth Forum" }).ClickAsync();
        reviewer.Url.Should().Be(editUrl);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await reviewer.WaitForURLAsync("**done=Published");
        (await reviewer.Locator(".status-line").InnerTextAsync()).Should().Contain("Published");

        await visitor.GotoAsync("/en/events/mekong-youth-forum");
        (await visitor.Locator("h1").InnerTextAsync()).Should().Be("Mekong Youth Forum");
        (await visitor.Locator(".facts").InnerTextAsync()).Should().Contain("15 September 2025").And.Contain("Hanoi").And.Contain("Viet Nam").And.Contain("Japan-ASEAN Integration Fund");
        (await visitor.Locator("section[aria-labelledby=participants-heading]").InnerTextAsync()).Should().Contain("MINAMIGUCHI Naoki");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();
        await visitor.WaitForURLAsync("**/ja/events/mekong-youth-forum");
        (await visitor.Locator("h1").InnerTextAsync()).Should().Be("メコン青年フォーラム");
        (await visitor.Locator(".facts").InnerTextAsync()).Should().Contain("2025年9月15日").And.Contain("ハノイ");
    });
}
