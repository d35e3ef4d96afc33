using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using JaifPortal.BrowserTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.Playwright;

namespace JaifPortal.BrowserTests.Admin;

/// <summary>The editorial flows of the back office, clicked through in Chromium.</summary>
public class EditorialWorkflowTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private Task InPage(Func<IPage, Task> test, [CallerMemberName] string name = "") => portal.InPageAsync(name, test);

    private Task<IPage> SignedInPageAsync(string role) => portal.SignedInPageAsync(role);

    internal static async Task CreateInitiativeAsync(IPage page, string english, string japanese, string slug)
    {
        await page.GotoAsync("/admin/initiatives/edit");
        await page.Locator("fieldset.language[lang=en] input[name='Form.Texts[en].Name']").FillAsync(english);
        await page.Locator("fieldset.language[lang=en] textarea[name='Form.Texts[en].Summary']").FillAsync("A programme written in the browser.");
        await page.Locator("fieldset.language[lang=ja] input[name='Form.Texts[ja].Name']").FillAsync(japanese);
        await page.Locator("fieldset.language[lang=ja] textarea[name='Form.Texts[ja].Summary']").FillAsync("ブラウザで作成した取組。");
        await page.GetByLabel("Address (slug)").FillAsync(slug);
        await page.GetByLabel("Start").FillAsync("2025-10");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Youth exchange" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Viet Nam" }).CheckAsync();
    }

    [Fact]
    public Task An_editor_writes_an_initiative_in_both_languages_a_reviewer_publishes_it_and_a_visitor_reads_it() => InPage(async visitor =>
    {
        var editor = await SignedInPageAsync(PortalRoles.Editor);
        await CreateInitiativeAsync(editor, "Youth Climate Exchange", "青年気候交流", "youth-climate-exchange");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await editor.WaitForURLAsync("**done=SubmittedForReview");
        (await editor.Locator(".notice[role=status]").InnerTextAsync()).Should().Contain("Submitted for review");
        var editUrl = editor.Url.Split("&done=")[0];

        var reviewer = await SignedInPageAsync(PortalRoles.Reviewer);
        await reviewer.GotoAsync("/admin/initiatives?publication=InReview");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Youth Climate Exchange" }).ClickAsync();
        reviewer.Url.Should().Be(editUrl);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await reviewer.WaitForURLAsync("**done=Published");
        (await reviewer.Locator(".status-line").InnerTextAsync()).Should().Contain("Published");

        await visitor.GotoAsync("/en/areas/youth-exchange");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Youth Climate Exchange" }).ClickAsync();
        (await visitor.Locator("h1").InnerTextAsync()).Should().Be("Youth Climate Exchange");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();
        await visitor.WaitForURLAsync("**/ja/initiatives/youth-climate-exchange");
        (await visitor.Locator("h1").InnerTextAsync()).Should().Be("青年気候交流");
    });

    [Fact]
    public Task Two_editors_change_the_same_summary_and_the_second_keeps_their_own_by_choice() => InPage(async _ =>
    {
        var first = await SignedInPageAsync(PortalRoles.Editor);
        await CreateInitiativeAsync(first, "Collision Test Programme", "衝突テスト", "collision-test-programme");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var editUrl = first.Url.Split("&done=")[0];

        var second = await SignedInPageAsync(PortalRoles.Editor);
        await second.GotoAsync(editUrl);
        await first.GotoAsync(editUrl);

        await first.Locator("textarea[name='Form.Texts[en].Summary']").FillAsync("The first editor's summary.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await second.Locator("textarea[name='Form.Texts[en].Summary']").FillAsync("The second editor's summary.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        var conflict = second.Locator(".conflict");
        (await conflict.InnerTextAsync()).Should().Contain("Someone else saved this record").And.Contain("Summary (English)")
            .And.Contain("The first editor's summary.").And.Contain("The second editor's summary.");
        (await second.Locator("textarea[name='Form.Texts[en].Summary']").InputValueAsync()).Should().Be("The first editor's summary.", "theirs is preselected");

        await conflict.GetByLabel("Keep mine").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        (await second.Locator("textarea[name='Form.Texts[en].Summary']").InputValueAsync()).Should().Be("The second editor's summary.");
    });

    [Fact]
    public Task A_second_editor_is_told_who_has_the_record_open_and_both_save_their_own_changes() => InPage(async _ =>
    {
        var first = await SignedInPageAsync(PortalRoles.Editor);
        var firstName = (await first.Locator("h1").InnerTextAsync()).Replace("Welcome, ", "");
        await CreateInitiativeAsync(first, "Presence Test Programme", "在席テスト", "presence-test-programme");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await first.WaitForURLAsync("**done=Saved");
        var editUrl = first.Url.Split("&done=")[0];

        // The served module pings once as the form opens (then every minute), so nobody waits a minute to be seen.
        await first.RunAndWaitForResponseAsync(() => first.GotoAsync(editUrl), response => response.Url.Contains("handler=Presence") && response.Status == 204);
        var second = await SignedInPageAsync(PortalRoles.Editor);
        await second.GotoAsync(editUrl);
        await Assertions.Expect(second.Locator(".presence p").First)
            .ToHaveTextAsync(new Regex($@"^{Regex.Escape(firstName)} has been editing since \d\d:\d\d \(Jakarta time\)\.$"));
        (await first.Locator(".presence").CountAsync()).Should().Be(0, "the first opened the form before anyone else");

        await first.Locator("textarea[name='Form.Texts[en].Summary']").FillAsync("The first editor's summary.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await first.WaitForURLAsync("**done=Saved");
        await second.Locator("textarea[name='Form.Texts[ja].Summary']").FillAsync("二人目の編集者の概要。");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await second.WaitForURLAsync("**done=Saved**");
        (await second.Locator("textarea[name='Form.Texts[en].Summary']").InputValueAsync()).Should().Be("The first editor's summary.");
        (await second.Locator("textarea[name='Form.Texts[ja].Summary']").InputValueAsync()).Should().Be("二人目の編集者の概要。");
    });

    [Fact]
    public Task Leaving_a_form_with_unsaved_changes_asks_first_but_saving_does_not() => InPage(async _ =>
    {
        var editor = await SignedInPageAsync(PortalRoles.Editor);
        var asked = new List<string>();
        editor.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Type);
            await dialog.AcceptAsync();
        };
        await CreateInitiativeAsync(editor, "Unsaved Changes Programme", "未保存テスト", "unsaved-changes-programme");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await editor.WaitForURLAsync("**done=Saved");
        await editor.GotoAsync("/admin");
        asked.Should().BeEmpty("saving is not leaving, and an unchanged form is left without a question");

        await editor.GoBackAsync();
        await editor.Locator("textarea[name='Form.Texts[en].Summary']").FillAsync("Typed and not saved.");
        await editor.GotoAsync("/admin");
        asked.Should().Equal("beforeunload");
    });

    [Fact]
    public Task Text_typed_and_left_is_kept_as_a_draft_and_restored_on_return() => InPage(async _ =>
    {
        var editor = await SignedInPageAsync(PortalRoles.Editor);
        editor.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await CreateInitiativeAsync(editor, "Draft Keeping Programme", "下書き保持テスト", "draft-keeping-programme");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await editor.WaitForURLAsync("**done=Saved");
        var editPage = editor.Url;

        await editor.Locator("textarea[name='Form.Texts[en].Summary']").FillAsync("Typed, kept as a draft, not saved.");
        var autosaved = editor.WaitForResponseAsync(response => response.Url.Contains("handler=Autosave", StringComparison.Ordinal));
        await editor.Locator("input[name='Form.Slug']").FocusAsync();
        (await autosaved).Status.Should().Be(204, "leaving a field keeps the form as a draft");
        await editor.GotoAsync("/admin");

        await editor.GotoAsync(editPage);
        (await editor.Locator(".draft-offer").InnerTextAsync()).Should().Contain("You have unsaved changes from");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Restore", Exact = true }).ClickAsync();
        (await editor.Locator("textarea[name='Form.Texts[en].Summary']").InputValueAsync()).Should().Be("Typed, kept as a draft, not saved.");
    });

    [Fact]
    public Task An_editor_restores_an_earlier_revision_from_the_history() => InPage(async _ =>
    {
        var editor = await SignedInPageAsync(PortalRoles.Editor);
        await CreateInitiativeAsync(editor, "Restore Test Programme", "復元テスト", "restore-test-programme");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await editor.Locator("textarea[name='Form.Texts[en].Summary']").FillAsync("A mistaken summary.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await editor.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await editor.GetByLabel("Before #1").CheckAsync();
        await editor.GetByLabel("After #2").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        (await editor.Locator("table.diff").InnerTextAsync()).Should().Contain("A mistaken summary.");

        var firstRevision = await editor.Locator("select[name=revision] option").Last.GetAttributeAsync("value");
        await editor.Locator("select[name=revision]").SelectOptionAsync(firstRevision!);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Restore this revision" }).ClickAsync();

        (await editor.Locator(".notice[role=status]").InnerTextAsync()).Should().Contain("Restored an earlier revision");
        (await editor.Locator("textarea[name='Form.Texts[en].Summary']").InputValueAsync()).Should().Be("A programme written in the browser.");
    });

    [Fact]
    public Task An_official_reads_an_initiative_in_the_back_office_but_cannot_change_it() => InPage(async _ =>
    {
        var official = await SignedInPageAsync(PortalRoles.Official);
        await official.GotoAsync("/admin/initiatives?q=SSEAYP");
        await official.GetByRole(AriaRole.Link, new() { Name = "Ship for Southeast Asian and Japanese Youth Program" }).ClickAsync();

        (await official.Locator(".notice").AllInnerTextsAsync()).Should().Contain(text => text.Contains("your role does not allow changes"));
        (await official.Locator("input[name='Form.Texts[en].Name']").IsDisabledAsync()).Should().BeTrue();
        (await official.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).CountAsync()).Should().Be(0);
    });
}
