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

    [Fact]
    public Task A_date_typed_as_the_source_writes_it_reads_beside_the_field_in_both_languages_and_so_on_the_public_page() => InPage(async visitor =>
    {
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        await EditorialWorkflowTests.CreateInitiativeAsync(editor, "Fiscal Year Programme", "年度のテスト", "fiscal-year-programme");
        await editor.Locator("#Form_StartDate").FillAsync("2024年度");
        var reading = editor.Locator("#Form_StartDate ~ .date-reading");
        await Assertions.Expect(reading).ToHaveTextAsync("Public pages will read: FY2024 (April 2024 – March 2025) / 2024年度");
        (await reading.Locator("span[lang=ja]").InnerTextAsync()).Should().Be("2024年度");
        await editor.Locator("#Form_EndDate ~ .date-calendar").FillAsync("2026-03-31");
        (await editor.Locator("#Form_EndDate").InputValueAsync()).Should().Be("2026-03-31", "the calendar writes the day into the field");

        await editor.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await editor.WaitForURLAsync("**done=SubmittedForReview");
        (await editor.Locator("#Form_StartDate").InputValueAsync()).Should().Be("FY2024", "the form keeps the portal's one notation");
        var reviewer = await portal.SignedInPageAsync(PortalRoles.Reviewer);
        await reviewer.GotoAsync(editor.Url.Split("&done=")[0]);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await reviewer.WaitForURLAsync("**done=Published");

        await visitor.GotoAsync("/en/initiatives/fiscal-year-programme");
        (await visitor.Locator(".facts").InnerTextAsync()).Should().Contain("FY2024 (April 2024 – March 2025) – 31 March 2026");
        await visitor.GotoAsync("/ja/initiatives/fiscal-year-programme");
        (await visitor.Locator(".facts").InnerTextAsync()).Should().Contain("2024年度 – 2026年3月31日");
    });

    [Fact]
    public Task Rows_are_added_and_removed_in_place_and_saved_as_left() => InPage(async _ =>
    {
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        await EditorialWorkflowTests.CreateInitiativeAsync(editor, "Rows In Place Programme", "行の追加テスト", "rows-in-place-programme");
        var organisations = editor.Locator("fieldset[data-rows='Form.Organisations']");
        var rows = organisations.Locator("[data-row]");
        (await rows.CountAsync()).Should().Be(0, "the spare rows give way to a button when script runs");

        var add = organisations.GetByRole(AriaRole.Button, new() { Name = "Add an organisation" });
        await add.ClickAsync();
        await add.ClickAsync();
        var choices = rows.Locator("select[name$='.OrganisationSlug']");
        var slugs = await choices.First.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value).filter(v => v)");
        await choices.Nth(0).SelectOptionAsync(slugs[0]);
        await choices.Nth(1).SelectOptionAsync(slugs[1]);
        await rows.Nth(1).Locator("select[name$='.Role']").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var role = await rows.Nth(1).Locator("select[name$='.Role']").InputValueAsync();

        await rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        (await rows.CountAsync()).Should().Be(1);
        (await choices.First.GetAttributeAsync("name")).Should().Be("Form.Organisations[0].OrganisationSlug", "the rows are numbered again from 0");

        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await editor.WaitForURLAsync("**done=Saved");
        (await choices.EvaluateAllAsync<string[]>("selects => selects.map(s => s.value)")).Should().Equal(slugs[1]);
        (await rows.Locator("select[name$='.Role']").InputValueAsync()).Should().Be(role);
    });

    [Fact]
    public Task An_events_organisations_and_participants_are_added_and_removed_in_place() => InPage(async _ =>
    {
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        await editor.GotoAsync("/admin/events/edit");
        await editor.Locator("input[name='Form.Texts[en].Name']").FillAsync("Rows In Place Forum");
        await editor.GetByLabel("Start").FillAsync("2025-10-01");
        var participants = editor.Locator("fieldset[data-rows='Form.Participants']");
        var rows = participants.Locator("[data-row]");
        (await rows.CountAsync()).Should().Be(0, "the spare rows give way to a button when script runs");

        var add = participants.GetByRole(AriaRole.Button, new() { Name = "Add a participant" });
        await add.ClickAsync();
        await add.ClickAsync();
        await add.ClickAsync();
        var people = rows.Locator("select[name$='.PersonSlug']");
        var slugs = await people.First.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value).filter(v => v)");
        for (var i = 0; i < 3; i++)
        {
            await people.Nth(i).SelectOptionAsync(slugs[i]);
        }

        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        (await people.EvaluateAllAsync<string[]>("selects => selects.map(s => s.name)"))
            .Should().Equal(["Form.Participants[0].PersonSlug", "Form.Participants[1].PersonSlug"], "the rows are numbered again from 0");
        var organisations = editor.Locator("fieldset[data-rows='Form.Organisations']");
        await organisations.GetByRole(AriaRole.Button, new() { Name = "Add an organisation" }).ClickAsync();
        await organisations.Locator("select[name='Form.Organisations[0].OrganisationSlug']").SelectOptionAsync("jaif");
        await organisations.Locator("select[name='Form.Organisations[0].Role']").SelectOptionAsync("Host");

        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await editor.WaitForURLAsync("**done=Saved");
        (await people.EvaluateAllAsync<string[]>("selects => selects.map(s => s.value)")).Should().Equal(slugs[0], slugs[2]);
        (await organisations.Locator("select[name$='.OrganisationSlug']").EvaluateAllAsync<string[]>("selects => selects.map(s => s.value)")).Should().Equal("jaif");
        (await organisations.Locator("select[name$='.Role']").InputValueAsync()).Should().Be("Host");
        (await rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Remove" }).CountAsync()).Should().Be(1, "each saved row has its own Remove");
    });

    [Fact]
    public Task The_error_summary_names_the_fields_in_the_forms_order_and_its_links_move_focus_to_them() => InPage(async _ =>
    {
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        await editor.GotoAsync("/admin/initiatives/edit");
        await editor.GetByLabel("Start").FillAsync("someday");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        // The checks find the address before the name; the form shows the name first.
        var links = editor.Locator(".error-summary a");
        (await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Should().Equal("#Form_Texts_en_Name", "#Form_Slug", "#Form_StartDate", "#Form_AreaSlugs");
        (await links.First.InnerTextAsync()).Should().StartWith("Name (English): ");

        await links.Nth(2).ClickAsync();
        (await editor.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("Form_StartDate");
        var start = editor.Locator("#Form_StartDate");
        (await start.InputValueAsync()).Should().Be("someday", "the value typed is kept");
        (await start.GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await editor.Locator("#" + await start.GetAttributeAsync("aria-describedby")).InnerTextAsync()).Should().NotBeEmpty();

        await links.Nth(3).ClickAsync();
        (await editor.EvaluateAsync<string>("() => document.activeElement.name")).Should().Be("Form.AreaSlugs", "a group's link focuses its first choice");
    });

    [Fact]
    public Task A_Markdown_field_previews_as_the_public_pages_render_it_and_its_toolbar_formats_the_selection() => InPage(async _ =>
    {
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        await editor.GotoAsync("/admin/initiatives/edit");
        var field = editor.Locator("#Form_Texts_en_Description");
        var preview = editor.Locator("#Form_Texts_en_Description ~ .markdown-preview .markdown-preview__body");
        (await preview.GetAttributeAsync("aria-live")).Should().Be("polite");
        (await preview.GetAttributeAsync("lang")).Should().Be("en");
        (await editor.Locator("#Form_Texts_ja_Description ~ .markdown-preview .markdown-preview__body").GetAttributeAsync("lang")).Should().Be("ja");

        await field.PressSequentiallyAsync("- Surveys in three countries\n\n<script>alert(1)</script>");
        await Assertions.Expect(preview.Locator("li")).ToHaveTextAsync("Surveys in three countries");
        await Assertions.Expect(preview.Locator("p")).ToHaveTextAsync("<script>alert(1)</script>", new() { UseInnerText = true });
        (await preview.Locator("script").CountAsync()).Should().Be(0, "raw HTML stays text");

        await field.EvaluateAsync("field => { const start = field.value.indexOf('three'); field.setSelectionRange(start, start + 'three'.length); }");
        var tools = editor.Locator("fieldset.language[lang=en] [role=group][aria-label='Formatting']");
        await tools.GetByRole(AriaRole.Button, new() { Name = "Bold" }).ClickAsync();
        (await field.InputValueAsync()).Should().StartWith("- Surveys in **three** countries");
        (await editor.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("Form_Texts_en_Description", "focus stays in the field");
        await Assertions.Expect(preview.Locator("li strong")).ToHaveTextAsync("three");

        await field.PressAsync("Control+End");
        await field.PressSequentiallyAsync("\n\n");
        await tools.GetByRole(AriaRole.Button, new() { Name = "Link" }).ClickAsync();
        await editor.Keyboard.TypeAsync("https://example.org/reefs");
        await Assertions.Expect(preview.Locator("a[href='https://example.org/reefs']")).ToHaveTextAsync("text", new() { Timeout = 5_000 });
    });

    [Fact]
    public Task A_milestone_added_in_place_has_the_toolbar_and_preview_on_its_description() => InPage(async _ =>
    {
        var editor = await portal.SignedInPageAsync(PortalRoles.Editor);
        await editor.GotoAsync("/admin/initiatives/edit");
        var milestones = editor.Locator("fieldset[data-rows='Form.Milestones']");
        await milestones.GetByRole(AriaRole.Button, new() { Name = "Add a milestone" }).ClickAsync();
        await milestones.GetByRole(AriaRole.Button, new() { Name = "Add a milestone" }).ClickAsync();
        var row = milestones.Locator("[data-row]").Last;
        var field = row.GetByLabel("Description (en)");
        var preview = row.Locator(".row__markdown[lang=en] .markdown-preview__body");

        await field.PressSequentiallyAsync("Survey in three provinces, see [the plan](https://example.org/plan)");
        await Assertions.Expect(preview.Locator("a[href='https://example.org/plan']")).ToHaveTextAsync("the plan");

        await field.EvaluateAsync("field => { const start = field.value.indexOf('three'); field.setSelectionRange(start, start + 'three'.length); }");
        await row.Locator(".row__markdown[lang=en] [role=group][aria-label='Formatting']").GetByRole(AriaRole.Button, new() { Name = "Bold" }).ClickAsync();
        (await field.InputValueAsync()).Should().StartWith("Survey in **three** provinces");
        (await editor.EvaluateAsync<string>("() => document.activeElement.name")).Should().EndWith("].Description[en]", "focus stays in the field");
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("three");
        (await preview.GetAttributeAsync("lang")).Should().Be("en");

        // The row above goes: the rows are numbered again, and the preview and the buttons still name their field's.
        await milestones.Locator("[data-row]").First.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        (await field.GetAttributeAsync("name")).Should().Be("Form.Milestones[0].Description[en]");
        (await editor.Locator("#" + await preview.GetAttributeAsync("aria-labelledby")).CountAsync()).Should().Be(1, "the preview is named by its label");
        (await row.Locator(".row__markdown[lang=en] [role=group]").GetAttributeAsync("aria-controls")).Should().Be(await field.GetAttributeAsync("id"));
    });
}
