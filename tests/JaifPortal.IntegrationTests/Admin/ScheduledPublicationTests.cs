using System.Globalization;
using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Admin;

public sealed class ScheduledPublicationTests() : PortalPerTest(StaffAccount.Editor, StaffAccount.Reviewer)
{
    private async Task<(int Id, string Version)> SseaypAsync()
    {
        await using var db = Database.CreateContext();
        var record = await db.Initiatives.Where(i => i.Slug == "sseayp").Select(i => new { i.Id, i.Version }).SingleAsync();
        return (record.Id, record.Version.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_reviewer_schedules_pending_changes_and_they_go_public_when_the_time_comes()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, "editor@jmt.example");
        var reviewer = await BackOffice.SignedInClientAsync(Factory, "reviewer@jmt.example");
        var (id, _) = await SseaypAsync();
        var fields = await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={id}");
        fields["Form.Texts[en].Summary"] = "A summary that goes public on schedule.";
        (await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/edit?id={id}&handler=Submit", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var past = await BackOffice.PostFormAsync(reviewer, "/admin", $"/admin/initiatives/edit?id={id}&handler=Schedule",
            new() { ["Version"] = (await SseaypAsync()).Version, ["publishAt"] = "2020-01-01T09:00" });
        (await HtmlPage.ParseAsync(past)).QuerySelector(".form-error")!.TextContent.Should().Contain("Choose a date and time in the future.");

        var scheduled = await BackOffice.PostFormAsync(reviewer, "/admin", $"/admin/initiatives/edit?id={id}&handler=Schedule",
            new() { ["Version"] = (await SseaypAsync()).Version, ["publishAt"] = DateTime.UtcNow.AddHours(7).AddMinutes(30).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) });
        scheduled.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var publisher = Factory.Services.GetRequiredService<ScheduledPublisher>();
        (await publisher.PublishDueAsync(CancellationToken.None)).Should().Be(0, "the time has not come");
        (await Factory.CreateClient().GetStringAsync("/en/initiatives/sseayp")).Should().NotContain("A summary that goes public on schedule.");

        await using (var db = Database.CreateContext())
        {
            await db.Initiatives.Where(i => i.Id == id).ExecuteUpdateAsync(set => set.SetProperty(i => i.ScheduledPublishAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        (await publisher.PublishDueAsync(CancellationToken.None)).Should().Be(1);
        (await Factory.CreateClient().GetStringAsync("/en/initiatives/sseayp")).Should().Contain("A summary that goes public on schedule.");
        await using var check = Database.CreateContext();
        var record = await check.Initiatives.SingleAsync(i => i.Id == id);
        record.ScheduledPublishAt.Should().BeNull();
        record.PendingChanges.Should().BeNull();
        (await check.Revisions.Where(r => r.RecordId == id && r.RecordType == "Initiative").OrderBy(r => r.Number).Select(r => r.Kind).ToListAsync())
            .Should().Equal(RevisionKind.Imported, RevisionKind.SubmittedForReview, RevisionKind.Scheduled, RevisionKind.Published);
        (await check.AuditEntries.AnyAsync(e => e.Action == AuditAction.Published && e.UserEmail == "scheduled publication")).Should().BeTrue();
    }
}
