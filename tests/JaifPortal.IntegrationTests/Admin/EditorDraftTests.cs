using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>
/// The automatic drafts of the record editors (RecordEditorPageModel's autosave): what an editor typed but did not save
/// is kept on the server per record and editor, offered when they come back (in Jakarta time), restored by a link that
/// writes nothing, and gone once they save or discard it. The portal's clock stands at 10:02 in Jakarta.
/// </summary>
public sealed class EditorDraftTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.SecondEditor, StaffAccount.Official)
{
    private const string Typed = "ERIA's description as typed, not saved yet.";
    private const string DescriptionField = "Form.Texts[en].Description";

    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 7, 10, 2, 0, TimeSpan.FromHours(7)));

    protected override PortalFactory CreateFactory(string connectionString) =>
        new(connectionString, services: services => services.AddSingleton<TimeProvider>(_clock));

    private async Task<int> EriaAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == "eria").Select(o => o.Id).SingleAsync();
    }

    private static string EditPage(int id) => $"/admin/organisations/edit?id={id}";

    /// <summary>Posts the form as the editor has it now, with the English description typed, the way the served module does.</summary>
    private static async Task<HttpResponseMessage> AutosaveAsync(HttpClient client, int id)
    {
        var fields = await EditForm.ReadAsync(client, EditPage(id));
        fields[DescriptionField] = Typed;
        return await BackOffice.PostFormAsync(client, EditPage(id), $"{EditPage(id)}&handler=Autosave", fields);
    }

    private static string? Description(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector($"textarea[name='{DescriptionField}']")!.TextContent;

    private async Task<string> SavedDescriptionAsync(int id)
    {
        await using var db = Database.CreateContext();
        return (await db.Organisations.Include(o => o.Translations).SingleAsync(o => o.Id == id)).Translations
            .Single(t => t.Language == "en").Description ?? string.Empty;
    }

    [Fact]
    public async Task Typed_changes_are_offered_on_return_and_restoring_them_fills_the_form_without_saving_anything()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var eria = await EriaAsync();
        var saved = await SavedDescriptionAsync(eria);

        (await AutosaveAsync(editor, eria)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var page = await editor.GetPageAsync(EditPage(eria));
        page.QuerySelector(".draft-offer p")!.TextContent.Should().Be("You have unsaved changes from 10:02 on 7 December 2026 (Jakarta time).");
        Description(page).Should().Be(saved, "the saved record is shown until the editor restores the draft");

        var restoreLink = page.QuerySelector(".draft-offer a")!.GetAttribute("href")!;
        var restored = await editor.GetPageAsync(restoreLink);
        Description(restored).Should().Be(Typed);
        restored.QuerySelector(".draft-offer p")!.TextContent.Should().StartWith("Your unsaved changes from 10:02");
        (await SavedDescriptionAsync(eria)).Should().Be(saved);

        var japanese = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example", "ja");
        (await japanese.GetPageAsync(EditPage(eria))).QuerySelector(".draft-offer p")!.TextContent
            .Should().Be("2026年12月7日 10:02（ジャカルタ時間）の保存していない変更があります。");
    }

    [Fact]
    public async Task Saving_the_form_removes_the_draft()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var eria = await EriaAsync();
        await AutosaveAsync(editor, eria);

        var fields = EditForm.Read(await editor.GetPageAsync($"{EditPage(eria)}&restore=true"));
        (await BackOffice.PostFormAsync(editor, EditPage(eria), $"{EditPage(eria)}&handler=Save", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await editor.GetPageAsync(EditPage(eria));
        page.QuerySelector(".draft-offer").Should().BeNull();
        Description(page).Should().Be(Typed);
    }

    [Fact]
    public async Task Discarding_the_draft_removes_it_and_leaves_the_record_as_saved()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var eria = await EriaAsync();
        var saved = await SavedDescriptionAsync(eria);
        await AutosaveAsync(editor, eria);

        (await BackOffice.PostFormAsync(editor, EditPage(eria), $"{EditPage(eria)}&handler=DiscardDraft", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await editor.GetPageAsync($"{EditPage(eria)}&restore=true");
        page.QuerySelector(".draft-offer").Should().BeNull();
        Description(page).Should().Be(saved);
        (await SavedDescriptionAsync(eria)).Should().Be(saved);
    }

    [Fact]
    public async Task Another_editors_draft_is_never_shown()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var colleague = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example");
        var eria = await EriaAsync();
        await AutosaveAsync(editor, eria);

        var page = await colleague.GetPageAsync($"{EditPage(eria)}&restore=true");

        page.QuerySelector(".draft-offer").Should().BeNull();
        Description(page).Should().NotBe(Typed);
    }

    [Fact]
    public async Task Who_may_not_edit_cannot_keep_a_draft()
    {
        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");
        var eria = await EriaAsync();

        var response = await BackOffice.PostFormAsync(official, "/admin", $"{EditPage(eria)}&handler=Autosave", new() { [DescriptionField] = Typed });

        response.StatusCode.Should().NotBe(HttpStatusCode.NoContent);
        await using var db = Database.CreateContext();
        (await db.EditingSessions.CountAsync()).Should().Be(0);
    }
}
