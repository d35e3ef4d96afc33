using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>
/// The editors' home (/admin): an editor's own drafts and unsaved forms, what waits for a reviewer, and what colleagues
/// changed since the editor last signed in, each a link to the record's editor. The clock stands at 10:02 in Jakarta.
/// </summary>
public sealed class EditorsHomeTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.SecondEditor, StaffAccount.Reviewer)
{
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 7, 10, 2, 0, TimeSpan.FromHours(7)));

    protected override PortalFactory CreateFactory(string connectionString) =>
        new(connectionString, services: services => services.AddSingleton<TimeProvider>(_clock));

    private static Dictionary<string, string> NewOrganisation(string name, string japaneseName) => new()
    {
        ["Form.Texts[en].Name"] = name,
        ["Form.Texts[en].State"] = "Ready",
        ["Form.Texts[en].Publish"] = "true",
        ["Form.Texts[ja].Name"] = japaneseName,
        ["Form.Texts[ja].State"] = "Ready",
        ["Form.Texts[ja].Publish"] = "true",
        ["Form.Kind"] = "ResearchInstitute",
        ["Form.OriginalLanguage"] = "en",
    };

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, string handler, Dictionary<string, string> fields) =>
        BackOffice.PostFormAsync(client, "/admin", $"/admin/organisations/edit?handler={handler}", fields);

    private async Task<int> OrganisationAsync(string slug)
    {
        await using var db = Database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    /// <summary>The lines of a section of the home, as "name: what" texts, and the editor each links to.</summary>
    private static List<(string Text, string Link)> Lines(AngleSharp.Dom.IDocument home, string sectionId) =>
        home.QuerySelectorAll($"section[aria-labelledby='{sectionId}'] li")
            .Select(line => (line.TextContent.Trim(), line.QuerySelector("a")!.GetAttribute("href")!))
            .ToList();

    [Fact]
    public async Task A_saved_draft_is_the_editors_own_and_a_colleagues_change_since_their_last_sign_in()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        (await CreateAsync(editor, "Save", NewOrganisation("Mekong Water Institute", "メコン水研究所"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await OrganisationAsync("mekong-water-institute");

        var home = await editor.GetPageAsync("/admin");
        Lines(home, "drafts-heading").Should().Equal(("Mekong Water Institute: Organisation, 7 December 2026 10:02", $"/admin/organisations/edit?id={id}"));
        Lines(home, "changed-heading").Should().BeEmpty("nobody else has changed anything");

        // The colleague signs in for the first time: the last week counts; on their next sign-in, the time of this one.
        var colleague = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example");
        var theirs = await colleague.GetPageAsync("/admin");
        Lines(theirs, "drafts-heading").Should().BeEmpty("the draft is the editor's, who saved it last");
        theirs.QuerySelector("#changed-heading")!.TextContent.Should().Be("Changed by others in the last 7 days", "this is their first sign-in");
        Lines(theirs, "changed-heading").Should().Equal(("Mekong Water Institute: Organisation, by editor, 7 December 2026 10:02", $"/admin/organisations/edit?id={id}"));

        var japanese = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example", "ja");
        var japaneseHome = await japanese.GetPageAsync("/admin");
        japaneseHome.QuerySelector("#changed-heading")!.TextContent.Should().Be("前回のサインイン（2026年12月7日 10:02）以降に他の人が変更した記録");
        Lines(japaneseHome, "changed-heading").Should().Equal(("メコン水研究所：組織・editor・2026年12月7日 10:02", $"/admin/organisations/edit?id={id}"));
    }

    [Fact]
    public async Task A_record_submitted_for_review_waits_for_the_reviewer_and_leaves_the_editors_drafts()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        (await CreateAsync(editor, "Submit", NewOrganisation("Mekong Water Institute", "メコン水研究所"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await OrganisationAsync("mekong-water-institute");

        var home = await editor.GetPageAsync("/admin");
        Lines(home, "drafts-heading").Should().BeEmpty("it is with the reviewer now");
        home.QuerySelector("section[aria-labelledby='review-heading']").Should().BeNull("an editor does not review");

        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        Lines(await reviewer.GetPageAsync("/admin"), "review-heading")
            .Should().Equal(("Mekong Water Institute: Organisation, by editor, 7 December 2026 10:02", $"/admin/organisations/edit?id={id}"));
    }

    [Fact]
    public async Task A_form_left_with_unsaved_changes_is_listed_for_its_editor_only()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var eria = await OrganisationAsync("eria");
        var editPage = $"/admin/organisations/edit?id={eria}";
        var fields = await EditForm.ReadAsync(editor, editPage);
        fields["Form.Texts[en].Description"] = "Typed, not saved.";
        (await BackOffice.PostFormAsync(editor, editPage, $"{editPage}&handler=Autosave", fields)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        Lines(await editor.GetPageAsync("/admin"), "unsaved-heading").Should().ContainSingle()
            .Which.Link.Should().Be(editPage);
        var colleague = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example");
        (await colleague.GetPageAsync("/admin")).QuerySelector("#unsaved-heading").Should().BeNull();
    }
}
