using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Areas.Dashboards.Briefings;

/// <summary>
/// A print-ready pack an official hands to an ambassador. It holds published content only, so
/// nothing in it is internal, and it is stamped with when it was made and which revision of each
/// record it used, so a reader can tell whether a later pack says something different.
/// </summary>
public abstract class BriefingPageModel(PortalDbContext db, TimeProvider clock) : PublicPageModel
{
    private readonly List<UsedRecord> recordsUsed = [];

    public BriefingText BriefingText => BriefingText.For(Lang);

    public DateTimeOffset PreparedAt { get; } = clock.GetUtcNow();

    public DateOnly Today => PortalTime.DateOf(clock.GetUtcNow());

    /// <summary>The variant "for sharing outside the Mission" (<c>?variant=sharing</c>): without the internal judgements (coverage verdicts).</summary>
    public bool ForSharing => Request.Query[VariantKey] == SharingVariant;

    public const string VariantKey = "variant";

    public const string SharingVariant = "sharing";

    /// <summary>
    /// The address asked to include drafts and records in review (<c>pub=all</c>), which a pack never does (ADR 36):
    /// a pack may leave the Mission, so it holds published records whatever the address says, and says so when asked for more.
    /// </summary>
    public bool WorkInProgressRefused => FilterKeys.FirstValue(Request.Query, FilterKeys.Publication) == FilterReader.AllValue;

    /// <summary>
    /// The line every printed page carries at its foot: who the pack may be given to, and, on an internal pack
    /// that judges (a pillar's coverage verdicts), that it holds judgements not for sharing.
    /// </summary>
    public string Classification => ForSharing ? BriefingText.ClassificationSharing
        : HoldsJudgements ? BriefingText.ClassificationInternalWithJudgements
        : BriefingText.ClassificationInternal;

    /// <summary>Whether the internal variant holds staff judgements the sharing one leaves out; a country's or an event's pack holds none.</summary>
    protected virtual bool HoldsJudgements => false;

    /// <summary>This pack in the other variant (the rest of the address kept).</summary>
    public string VariantLink(bool forSharing) =>
        Request.Path + QueryString.Create(Request.Query.Where(pair => pair.Key != VariantKey)
            .Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value.ToString()))
            .Concat(forSharing ? [new KeyValuePair<string, string?>(VariantKey, SharingVariant)] : [])).ToUriComponent();

    /// <summary>How many initiatives the first page summarises; the details have the rest.</summary>
    public const int MainInitiatives = 4;

    /// <summary>How many milestones and events the first page lists as coming up.</summary>
    public const int ComingUpItems = 8;

    public IReadOnlyList<UsedRecord> RecordsUsed => recordsUsed;

    public string PreparedStamp
    {
        get
        {
            return BriefingText.PreparedOn(TimeZoneInfo.ConvertTime(PreparedAt, PortalTime.Zone));
        }
    }

    protected PortalDbContext Db => db;

    /// <summary>
    /// "Coming up" on a pack's first page: milestones (with their initiative) and events on one list, soonest first,
    /// leaving out a milestone with no text a reader may see.
    /// </summary>
    protected ComingUp ComingUpOf(IEnumerable<UpcomingMilestone> milestones, IEnumerable<EventItem> events) =>
        new(
            [.. milestones
                .Select(m => (m.Date, Title: m.Localize(Lang), Initiative: TranslationSelection.Select(m.InitiativeTranslations, Lang, m.InitiativeOriginalLanguage)))
                .Where(m => m.Title is not null && m.Initiative is not null)
                .Select(m => new ComingUpItem(m.Date, new LabelText(m.Title!.Text.Title, m.Title.Language), new LabelText(m.Initiative!.Text.Name, m.Initiative.Language)))
                .Concat(events.Select(e =>
                {
                    var name = Text(e.Translations, e.OriginalLanguage);
                    return new ComingUpItem(e.StartDate, new LabelText(name.Text.Name, name.Language), null);
                }))
                .OrderBy(item => item.Date.Start)
                .Take(ComingUpItems)],
            Lang);

    protected Task NoteInitiativesUsedAsync(IReadOnlyList<BriefingInitiative> initiatives, CancellationToken cancellationToken) =>
        NoteRecordsUsedAsync(
            RecordTypes.Initiative,
            [.. initiatives.Select(initiative =>
            {
                var name = Text(initiative);
                return (initiative.Id, name.Text.Name, name.Language, initiative.PublishedAt);
            })],
            cancellationToken);

    protected Task NoteRecordUsedAsync(string recordType, int id, string name, string nameLanguage, DateTimeOffset? publishedAt, CancellationToken cancellationToken) =>
        NoteRecordsUsedAsync(recordType, [(id, name, nameLanguage, publishedAt)], cancellationToken);

    /// <summary>Notes records of one type with their published revisions, looked up in one query.</summary>
    protected async Task NoteRecordsUsedAsync(
        string recordType, IReadOnlyList<(int Id, string Name, string NameLanguage, DateTimeOffset? PublishedAt)> records, CancellationToken cancellationToken)
    {
        var revisions = await BriefingQueries.PublishedRevisionsAsync(db, recordType, [.. records.Select(r => r.Id)], cancellationToken);
        recordsUsed.AddRange(records.Select(r => new UsedRecord(recordType, r.Name, r.NameLanguage, revisions.TryGetValue(r.Id, out var number) ? number : null, r.PublishedAt)));
    }
}
