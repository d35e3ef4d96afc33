using System.Globalization;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;

namespace JaifPortal.Web.Pages.Briefings;

/// <summary>
/// A print-ready pack an official hands to an ambassador. It holds published content only, so
/// nothing in it is internal, and it is stamped with when it was made and which revision of each
/// record it used, so a reader can tell whether a later pack says something different.
/// </summary>
[Authorize(Policy = PortalPolicies.BackOffice)]
public abstract class BriefingPageModel(PortalDbContext db, TimeProvider clock) : PublicPageModel
{
    private readonly List<UsedRecord> recordsUsed = [];

    public BriefingText Words => BriefingText.For(Lang);

    public DateTimeOffset PreparedAt { get; } = clock.GetUtcNow();

    public DateOnly Today => BriefingQueries.TodayInJakarta(clock);

    public IReadOnlyList<UsedRecord> RecordsUsed => recordsUsed;

    public string PreparedStamp
    {
        get
        {
            var local = TimeZoneInfo.ConvertTime(PreparedAt, PortalTime.Zone);
            var when = Lang == ContentLanguage.Japanese
                ? local.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) + "（ジャカルタ時間、UTC+7）"
                : local.ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB")) + " Jakarta time (UTC+7)";
            return Words.PreparedOn(when);
        }
    }

    protected PortalDbContext Db => db;

    protected async Task NoteInitiativesUsedAsync(IReadOnlyList<BriefingInitiative> initiatives, CancellationToken cancellationToken)
    {
        var revisions = await BriefingQueries.PublishedRevisionsAsync(db, RecordTypes.Initiative, initiatives.Select(i => i.Id).ToList(), cancellationToken);
        foreach (var initiative in initiatives)
        {
            var name = Text(initiative);
            recordsUsed.Add(new UsedRecord(RecordTypes.Initiative, name.Text.Name, name.Language, revisions.GetValueOrDefault(initiative.Id) is var number and > 0 ? number : null, initiative.PublishedAt));
        }
    }

    protected async Task NoteRecordUsedAsync(string recordType, int id, string name, string nameLanguage, DateTimeOffset? publishedAt, CancellationToken cancellationToken)
    {
        var revisions = await BriefingQueries.PublishedRevisionsAsync(db, recordType, [id], cancellationToken);
        recordsUsed.Add(new UsedRecord(recordType, name, nameLanguage, revisions.TryGetValue(id, out var number) ? number : null, publishedAt));
    }
}
