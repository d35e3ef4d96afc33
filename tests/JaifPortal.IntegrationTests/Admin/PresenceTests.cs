using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>
/// Who else is here: an editor with a record's form open pings every minute (the served module), and a colleague who
/// opens the same record is told who and since when, in their own time zone, without being stopped. The portal's clock
/// stands at 10:02 in Jakarta.
/// </summary>
public sealed class PresenceTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.SecondEditor, StaffAccount.Official)
{
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 7, 10, 2, 0, TimeSpan.FromHours(7)));

    protected override PortalFactory CreateFactory(string connectionString) =>
        new(connectionString, services: services => services.AddSingleton<TimeProvider>(_clock));

    private static string EditPage(int id) => $"/admin/organisations/edit?id={id}";

    private async Task<int> EriaAsync()
    {
        await using var db = Database.CreateContext();
        await db.Users.Where(u => u.Email == "editor@jmt.example").ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "Aiko Tanaka"));
        return await db.Organisations.Where(o => o.Slug == "eria").Select(o => o.Id).SingleAsync();
    }

    private static Task<HttpResponseMessage> PingAsync(HttpClient client, int id) =>
        BackOffice.PostFormAsync(client, EditPage(id), $"{EditPage(id)}&handler=Presence", []);

    [Fact]
    public async Task A_colleague_opening_the_record_is_told_who_is_editing_and_since_when_and_can_still_save()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var colleague = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example");
        var eria = await EriaAsync();

        (await PingAsync(editor, eria)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        _clock.Now = _clock.Now.AddMinutes(1);
        (await PingAsync(editor, eria)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var page = await colleague.GetPageAsync(EditPage(eria));
        page.QuerySelector(".presence p")!.TextContent.Should().Be("Aiko Tanaka has been editing since 10:02 (Jakarta time).");
        (await editor.GetPageAsync(EditPage(eria))).QuerySelector(".presence").Should().BeNull("an editor is not told about themself");

        var fields = EditForm.Read(page);
        (await BackOffice.PostFormAsync(colleague, EditPage(eria), $"{EditPage(eria)}&handler=Save", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var japanese = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example", "ja");
        (await japanese.GetPageAsync(EditPage(eria))).QuerySelector(".presence p")!.TextContent.Should().Be("Aiko Tanakaさんが10:02（ジャカルタ時間）から編集しています。");
    }

    [Fact]
    public async Task An_editor_not_seen_for_two_minutes_is_no_longer_shown_and_a_return_starts_a_new_since()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var colleague = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example");
        var eria = await EriaAsync();
        await PingAsync(editor, eria);

        _clock.Now = _clock.Now.AddMinutes(3);
        (await colleague.GetPageAsync(EditPage(eria))).QuerySelector(".presence").Should().BeNull();

        await PingAsync(editor, eria);
        (await colleague.GetPageAsync(EditPage(eria))).QuerySelector(".presence p")!.TextContent.Should().Contain("since 10:05");
    }

    [Fact]
    public async Task Who_may_not_edit_is_not_counted_as_editing()
    {
        var official = await BackOffice.SignedInClientAsync(Factory, "official@mission.example");
        var colleague = await BackOffice.SignedInClientAsync(Factory, "second-editor@jmt.example");
        var eria = await EriaAsync();

        (await PingAsync(official, eria)).StatusCode.Should().NotBe(HttpStatusCode.NoContent);
        (await colleague.GetPageAsync(EditPage(eria))).QuerySelector(".presence").Should().BeNull();
    }
}
