using System.Linq.Expressions;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages;

/// <summary>
/// The editor's home (issue 15): what is theirs to finish, what waits for their review and what colleagues changed since
/// they last signed in, each a link to the record's editor. Only records with a publication workflow (initiatives,
/// events, organisations, people) have drafts and reviews; structural records go live on save.
/// </summary>
public sealed class EditorsDesk(PortalDbContext db)
{
    /// <summary>Enough to act on at a glance; past that each list says how many more there are.</summary>
    public const int Limit = 20;

    /// <summary>How far back "changed by others" looks for an editor signing in for the first time.</summary>
    public static readonly TimeSpan FirstVisitWindow = TimeSpan.FromDays(7);

    private static readonly string[] WorkflowTypes = [RecordTypes.Initiative, RecordTypes.Event, RecordTypes.Organisation, RecordTypes.Person];

    /// <summary>
    /// The records this editor saved last that are not public as they stand: drafts, and published records with changes
    /// not yet published, unless they are waiting for review. A record is this editor's when the latest revision is theirs.
    /// </summary>
    public async Task<DeskList> MyDraftsAsync(string userId, string lang, CancellationToken cancellationToken)
    {
        var items = new List<DeskItem>();
        foreach (var type in WorkflowTypes)
        {
            var savedLastByMe = LatestRevisions(type).Where(revision => revision.UserId == userId).Select(revision => revision.RecordId);
            var unfinished = await StatesAsync(type, r => (r.Publication == PublicationStatus.Draft || r.PendingChanges != null) && !r.PendingReview
                && r.Publication != PublicationStatus.Archived && r.Publication != PublicationStatus.InReview && savedLastByMe.Contains(r.Id), cancellationToken);
            var latest = await LatestRevisionsAsync(type, unfinished.Keys, cancellationToken);
            items.AddRange(latest.Select(revision => Item(type, unfinished[revision.RecordId], lang, revision.CreatedAt, null)));
        }

        return DeskList.Of(items);
    }

    /// <summary>Existing records whose form this editor left with changes not saved (the editors' automatic drafts, table editing_sessions).</summary>
    public async Task<DeskList> UnsavedAsync(string userId, string lang, CancellationToken cancellationToken)
    {
        var sessions = await db.EditingSessions.AsNoTracking()
            .Where(session => session.UserId == userId && session.Draft != null && session.RecordId != 0 && WorkflowTypes.Contains(session.RecordType))
            .Select(session => new { session.RecordType, session.RecordId, session.DraftSavedAt })
            .ToListAsync(cancellationToken);
        var items = new List<DeskItem>();
        foreach (var byType in sessions.GroupBy(session => session.RecordType))
        {
            var ids = byType.Select(session => session.RecordId).ToList();
            var states = await StatesAsync(byType.Key, r => ids.Contains(r.Id), cancellationToken);
            items.AddRange(byType.Where(session => states.ContainsKey(session.RecordId))
                .Select(session => Item(byType.Key, states[session.RecordId], lang, session.DraftSavedAt ?? DateTimeOffset.MinValue, null)));
        }

        return DeskList.Of(items);
    }

    /// <summary>Records submitted for review (a first publication or changes to a published record) by someone else.</summary>
    public async Task<DeskList> WaitingForReviewAsync(string userId, string lang, CancellationToken cancellationToken)
    {
        var items = new List<DeskItem>();
        foreach (var type in WorkflowTypes)
        {
            var submittedByOthers = LatestRevisions(type).Where(revision => revision.UserId != userId).Select(revision => revision.RecordId);
            var waiting = await StatesAsync(type, r => (r.Publication == PublicationStatus.InReview || r.PendingReview) && submittedByOthers.Contains(r.Id), cancellationToken);
            var latest = await LatestRevisionsAsync(type, waiting.Keys, cancellationToken);
            var names = await DisplayNamesAsync(latest.Select(revision => revision.UserId), cancellationToken);
            items.AddRange(latest
                .Select(revision => Item(type, waiting[revision.RecordId], lang, revision.CreatedAt, names.GetValueOrDefault(revision.UserId ?? string.Empty))));
        }

        return DeskList.Of(items);
    }

    /// <summary>Records of any kind that someone else changed since <paramref name="since"/>, each once, latest change first.</summary>
    public async Task<DeskList> ChangedByOthersAsync(string userId, DateTimeOffset since, string lang, CancellationToken cancellationToken)
    {
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.CreatedAt >= since && r.UserId != null && r.UserId != userId && WorkflowTypes.Contains(r.RecordType))
            .GroupBy(r => new { r.RecordType, r.RecordId })
            .Select(g => g.OrderByDescending(r => r.Number).First())
            .ToListAsync(cancellationToken);
        var names = await DisplayNamesAsync(revisions.Select(revision => revision.UserId), cancellationToken);
        var items = new List<DeskItem>();
        foreach (var byType in revisions.GroupBy(revision => revision.RecordType))
        {
            var ids = byType.Select(revision => revision.RecordId).ToList();
            var states = await StatesAsync(byType.Key, r => ids.Contains(r.Id), cancellationToken);
            items.AddRange(byType.Where(revision => states.ContainsKey(revision.RecordId))
                .Select(revision => Item(byType.Key, states[revision.RecordId], lang, revision.CreatedAt, names.GetValueOrDefault(revision.UserId!))));
        }

        return DeskList.Of(items);
    }

    /// <summary>When this editor signed in before the present visit, read from the audit log; null on a first visit.</summary>
    public Task<DateTimeOffset?> PreviousSignInAsync(string userId, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(entry => entry.UserId == userId && entry.Action == AuditAction.SignInSucceeded)
            .OrderByDescending(entry => entry.At)
            .Select(entry => (DateTimeOffset?)entry.At)
            .Skip(1)
            .FirstOrDefaultAsync(cancellationToken);

    private static DeskItem Item(string type, EditedRecord record, string lang, DateTimeOffset at, string? by) =>
        new(type, record.Id, record.NameIn(lang).Name, by, at);

    /// <summary>Each record's latest revision, as a query the database answers with the records it filters.</summary>
    private IQueryable<Revision> LatestRevisions(string type) =>
        db.Revisions.Where(revision => revision.RecordType == type
            && !db.Revisions.Any(later => later.RecordType == type && later.RecordId == revision.RecordId && later.Number > revision.Number));

    private async Task<List<Revision>> LatestRevisionsAsync(string type, IEnumerable<int> recordIds, CancellationToken cancellationToken)
    {
        var ids = recordIds.ToList();
        return ids.Count == 0
            ? []
            : await db.Revisions.AsNoTracking()
                .Where(r => r.RecordType == type && ids.Contains(r.RecordId))
                .GroupBy(r => r.RecordId)
                .Select(g => g.OrderByDescending(r => r.Number).First())
                .ToListAsync(cancellationToken);
    }

    private async Task<Dictionary<string, string>> DisplayNamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(user => ids.Contains(user.Id))
            .ToDictionaryAsync(user => user.Id, user => user.DisplayName, cancellationToken);
    }

    private Task<Dictionary<int, EditedRecord>> StatesAsync(string type, Expression<Func<IEditorial, bool>> which, CancellationToken cancellationToken) => type switch
    {
        RecordTypes.Initiative => StatesAsync<Initiative, InitiativeTranslation>(db.Initiatives, which, cancellationToken),
        RecordTypes.Event => StatesAsync<Event, EventTranslation>(db.Events, which, cancellationToken),
        RecordTypes.Organisation => StatesAsync<Organisation, OrganisationTranslation>(db.Organisations, which, cancellationToken),
        _ => StatesAsync<Person, PersonTranslation>(db.People, which, cancellationToken),
    };

    private static async Task<Dictionary<int, EditedRecord>> StatesAsync<TRecord, TTranslation>(
        IQueryable<TRecord> records, Expression<Func<IEditorial, bool>> which, CancellationToken cancellationToken)
        where TRecord : class, IEditorial, INamedRecord<TTranslation>
        where TTranslation : Translation, INamedTranslation
    {
        // The condition is written once against the interface and applied to each kind of record as its own type.
        var record = Expression.Parameter(typeof(TRecord), "r");
        var condition = Expression.Lambda<Func<TRecord, bool>>(new InterfaceToRecord(which.Parameters[0], record).Visit(which.Body), record);
        return await records.Where(condition).AsEdited<TRecord, TTranslation>().ToDictionaryAsync(state => state.Id, cancellationToken);
    }

    private sealed class InterfaceToRecord(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == from ? Expression.Property(to, node.Member.Name) : base.VisitMember(node);
    }
}

/// <summary>One line of the editor's home: the record (to open in its editor), who did what last and when.</summary>
public sealed record DeskItem(string RecordType, int RecordId, string Name, string? By, DateTimeOffset At);

/// <summary>The first <see cref="EditorsDesk.Limit"/> lines of a list, latest first, and how many there are in all.</summary>
public sealed record DeskList(IReadOnlyList<DeskItem> Items, int Total)
{
    public static DeskList Of(IEnumerable<DeskItem> items)
    {
        var all = items.OrderByDescending(item => item.At).ThenBy(item => item.Name, StringComparer.Ordinal).ToList();
        return new DeskList(all.Take(EditorsDesk.Limit).ToList(), all.Count);
    }
}
