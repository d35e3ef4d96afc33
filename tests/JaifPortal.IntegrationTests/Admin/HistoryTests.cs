using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Admin;

/// <summary>
/// A record's history as editors read it: fields by their labels, choices by their names, people by name and times by the
/// editor's own clock (Jakarta unless they chose another). The portal's clock stands at 10:02 in Jakarta.
/// </summary>
public sealed class HistoryTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.SecondEditor)
{
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 7, 10, 2, 0, TimeSpan.FromHours(7)));

    protected override PortalFactory CreateFactory(string connectionString) =>
        new(connectionString, services: services => services.AddSingleton<TimeProvider>(_clock));

    private static string EditPage(int id) => $"/admin/initiatives/edit?id={id}";

    private async Task<int> AnOngoingInitiativeAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Initiatives.Where(i => i.Status == InitiativeStatus.Ongoing).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    }

    private async Task NameAsync(string email, string displayName)
    {
        await using var db = Database.CreateContext();
        await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, displayName));
    }

    /// <summary>Saves the initiative's form as it is now with the changes given.</summary>
    private static async Task SaveAsync(HttpClient client, int id, Dictionary<string, string> changes)
    {
        var fields = await EditForm.ReadAsync(client, EditPage(id));
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        (await BackOffice.PostFormAsync(client, EditPage(id), $"{EditPage(id)}&handler=Save", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    /// <summary>The history comparing the record's first and last revisions.</summary>
    private async Task<AngleSharp.Dom.IDocument> FirstToLastAsync(HttpClient client, int id)
    {
        await using var db = Database.CreateContext();
        var revisions = await db.Revisions.Where(r => r.RecordType == RecordTypes.Initiative && r.RecordId == id).OrderBy(r => r.Number).Select(r => r.Id).ToListAsync();
        return await client.GetPageAsync($"/admin/history?type=Initiative&id={id}&a={revisions[0]}&b={revisions[^1]}");
    }

    [Fact]
    public async Task Fields_read_by_their_labels_choices_by_their_names_people_by_name_and_times_by_the_editors_clock()
    {
        await NameAsync("editor@jmt.example", "Aiko Tanaka");
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AnOngoingInitiativeAsync();
        await SaveAsync(editor, id, new() { ["Form.Texts[en].Summary"] = "A summary written for the history.", ["Form.Status"] = "Completed" });

        var history = await FirstToLastAsync(editor, id);

        var rows = history.QuerySelectorAll("table.diff tbody tr").ToList();
        rows.Select(row => row.QuerySelector("th")!.TextContent).Should().Equal("Status", "Summary (English)");
        rows[0].QuerySelectorAll("td").Select(cell => cell.TextContent).Should().Equal("Ongoing", "Completed");
        var latest = history.QuerySelector("form.history tbody tr")!;
        latest.TextContent.Should().Contain("Aiko Tanaka").And.Contain("7 December 2026, 10:02").And.NotContain("editor@jmt.example");
        history.QuerySelector("form.history thead")!.TextContent.Should().Contain("When (Jakarta time)");

        var japanese = BackOffice.NewClient(Factory, "ja");
        await BackOffice.SignInAsync(japanese, "editor@jmt.example");
        (await FirstToLastAsync(japanese, id)).QuerySelectorAll("table.diff tbody tr th").Select(th => th.TextContent).Should().Equal("状況", "英語の概要");
    }

    [Fact]
    public async Task An_editor_who_chose_japan_time_on_their_account_reads_the_history_by_it()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var id = await AnOngoingInitiativeAsync();
        await SaveAsync(editor, id, new() { ["Form.Texts[en].Summary"] = "A summary written for the history." });

        (await BackOffice.PostFormAsync(editor, "/admin/account/settings", "/admin/account/settings", new() { ["TimeZone"] = "Asia/Tokyo" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var history = await FirstToLastAsync(editor, id);

        history.QuerySelector("form.history tbody tr")!.TextContent.Should().Contain("7 December 2026, 12:02");
        history.QuerySelector("form.history thead")!.TextContent.Should().Contain("When (Japan time)");
        (await editor.GetPageAsync("/admin/account/settings")).QuerySelector("select#TimeZone option[selected]")!.GetAttribute("value").Should().Be("Asia/Tokyo");
    }

    [Fact]
    public async Task A_time_zone_the_account_page_does_not_offer_is_refused_and_changes_nothing()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");

        var refused = await BackOffice.PostFormAsync(editor, "/admin/account/settings", "/admin/account/settings", new() { ["TimeZone"] = "Mars/Olympus_Mons" });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var db = Database.CreateContext();
        (await db.Users.SingleAsync(u => u.Email == "editor@jmt.example")).TimeZone.Should().Be("Asia/Jakarta");
    }
}
