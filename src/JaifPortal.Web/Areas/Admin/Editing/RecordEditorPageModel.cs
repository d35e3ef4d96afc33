using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// The edit page of a record type: create and edit in both languages, and move the record through
/// draft → in review → published → archived. Every handler checks the role it needs on the server,
/// every change is saved together with a revision, and a save based on an older version is refused.
/// </summary>
public abstract class RecordEditorPageModel<TRecord, TForm>(
    PortalDbContext db,
    IRecordEditor<TRecord, TForm> editor,
    RevisionLog revisions,
    AuditLog audit,
    UserManager<PortalUser> users,
    IAuthorizationService authorization,
    TimeProvider clock) : AdminPageModel
    where TRecord : class, IEditorial
    where TForm : class, new()
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>The version the editor started from (PostgreSQL's xmin), to refuse a save over someone else's.</summary>
    [BindProperty]
    public uint Version { get; set; }

    /// <summary>
    /// The number of the record's latest revision when the editor opened the form (0: none yet), the version a save
    /// refused as a conflict is merged against, read from the server's history rather than trusted from the form.
    /// </summary>
    [BindProperty]
    public int BaseRevision { get; set; }

    /// <summary>The editor's choice for each field both they and a colleague changed, posted from the conflict panel.</summary>
    [BindProperty]
    public List<MergeResolution> Resolutions { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>Whether the last save was combined with a colleague's save made meanwhile.</summary>
    [BindProperty(SupportsGet = true, Name = "merged")]
    public bool Merged { get; set; }

    /// <summary>Shows the form from the editor's own automatic draft instead of the saved record: a link, so it writes nothing.</summary>
    [BindProperty(SupportsGet = true, Name = "restore")]
    public bool RestoreDraft { get; set; }

    /// <summary>The editor's own unsaved draft of this form, offered to restore or restored.</summary>
    public DraftView Draft { get; private set; } = DraftView.None;

    /// <summary>Colleagues who have this record's form open now (seen within <see cref="PresenceWindow"/>), by name and since when.</summary>
    public IReadOnlyList<PresentEditor> Others { get; private set; } = [];

    /// <summary>What the last action did, for the confirmation after its redirect.</summary>
    public RevisionKind? DoneKind => Enum.TryParse<RevisionKind>(Done, out var kind) && Enum.IsDefined(kind) ? kind : null;

    public TRecord? Record { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>What a refused save found: who saved meanwhile, what of theirs was kept and what the editor must choose.</summary>
    public MergeView Merge { get; private set; } = MergeView.None;

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public string EditorPage => editor.EditorPage;

    protected PortalDbContext Db => db;

    public WorkflowView Workflow => new(Record, Id, CanEdit, CanReview, editor.RecordType, editor.EditorPage, T, PreviewPage);

    public override bool HasActionsBar => true;

    public EditorStatusView Status => new(Workflow, DoneKind, Merged, Problem, Draft, new PresenceView(Others, Zone, T));

    /// <summary>The record type's public preview, when it has one.</summary>
    protected virtual string? PreviewPage => null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Record = await editor.LoadAsync(id, cancellationToken);
            if (Record is null)
            {
                return NotFound();
            }

            Form = WorkingCopy(Record);
            Version = Record.Version;
            BaseRevision = await LatestRevisionNumberAsync(id, cancellationToken);
        }
        else
        {
            Form = editor.NewForm(Lang);
        }

        if (await MySession().Where(s => s.Draft != null).Select(s => new { s.Draft, s.DraftSavedAt }).FirstOrDefaultAsync(cancellationToken) is { Draft: { } json, DraftSavedAt: { } savedAt })
        {
            if (RestoreDraft)
            {
                // The draft keeps the version it was based on, so a save of it over a colleague's later save is merged (ADR 35).
                var draft = EditorJson.Deserialize<FormDraft<TForm>>(json);
                Form = draft.Form;
                Version = draft.Version;
                BaseRevision = draft.BaseRevision;
                if (Record is not null)
                {
                    editor.KeepWhatTheFormDoesNotPost(Form, WorkingCopy(Record));
                }
            }

            Draft = new DraftView(savedAt, RestoreDraft, Zone);
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>
    /// Keeps the form as the editor has it, unsaved, as their draft of this record (the served module posts it every
    /// 30 seconds when it changed, and when a field loses focus); it never touches the record.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(PortalPolicies.EditContent))
        {
            return ForbidBy(PortalPolicies.EditContent);
        }

        editor.Tidy(Form);
        var now = clock.GetUtcNow();
        var session = await MySession().FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            session = new EditingSession { RecordType = editor.RecordType, RecordId = Id ?? 0, UserId = users.GetUserId(User)!, OpenedAt = now };
            db.EditingSessions.Add(session);
        }

        session.SeenAt = now;
        session.Draft = EditorJson.Serialize(new FormDraft<TForm> { Form = Form, Version = Version, BaseRevision = BaseRevision });
        session.DraftSavedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same editor's other tab stored its draft at the same moment; the next autosave stores this one.
            return new ConflictResult();
        }

        return new NoContentResult();
    }

    /// <summary>
    /// How long after an editor's last sign of life (a ping, an autosave) colleagues are still told they have the form
    /// open: twice the served module's minute between pings, so one lost ping does not hide them.
    /// </summary>
    public static readonly TimeSpan PresenceWindow = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The served module's heartbeat while the editor has a saved record's form open (every minute): it keeps their
    /// session's seen_at, and starts a new opened_at when they come back after the window, so colleagues read "… has been
    /// editing since 10:02". It never touches the record or the draft.
    /// </summary>
    public async Task<IActionResult> OnPostPresenceAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(PortalPolicies.EditContent))
        {
            return ForbidBy(PortalPolicies.EditContent);
        }

        if (Id is null)
        {
            return new NoContentResult();
        }

        var now = clock.GetUtcNow();
        var session = await MySession().FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            session = new EditingSession { RecordType = editor.RecordType, RecordId = Id.Value, UserId = users.GetUserId(User)!, OpenedAt = now };
            db.EditingSessions.Add(session);
        }
        else if (session.SeenAt < now - PresenceWindow)
        {
            session.OpenedAt = now;
        }

        session.SeenAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same editor's other tab pinged at the same moment: that ping says the same.
        }

        return new NoContentResult();
    }

    /// <summary>
    /// How a date typed in a date field will read on the public pages, in each language (the portal's own formatting),
    /// for the served module (date-reading.js) to show beside the field before the form is saved; a date that does
    /// not read gets the message the save would give.
    /// </summary>
    public async Task<IActionResult> OnGetDateReadingAsync(string? text)
    {
        if (!await AllowedAsync(PortalPolicies.EditContent))
        {
            return ForbidBy(PortalPolicies.EditContent);
        }

        return new JsonResult(PartialDate.TryParse(text, out var date)
            ? new DateReading(ContentLanguage.Published.ToDictionary(language => language, date!.Format), null)
            : new DateReading(null, string.IsNullOrWhiteSpace(text) ? null : T.NotADate));
    }

    /// <summary>A Markdown field's text as the public pages will show it, asked by the served module as the editor types.</summary>
    public async Task<IActionResult> OnPostMarkdownPreviewAsync(string? text, [FromServices] MarkdownRenderer markdown)
    {
        if (!await AllowedAsync(PortalPolicies.EditContent))
        {
            return ForbidBy(PortalPolicies.EditContent);
        }

        return MarkdownPreview.Of(markdown, text, T);
    }

    /// <summary>Throws the editor's draft of this form away, leaving the saved record as it is.</summary>
    public async Task<IActionResult> OnPostDiscardDraftAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(PortalPolicies.EditContent))
        {
            return ForbidBy(PortalPolicies.EditContent);
        }

        await MySession().ExecuteUpdateAsync(
            session => session.SetProperty(s => s.Draft, (string?)null).SetProperty(s => s.DraftSavedAt, (DateTimeOffset?)null), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    /// <summary>How often a save is merged with colleagues' saves and tried again before the editor is shown the merge.</summary>
    private const int MaxMergeAttempts = 3;

    /// <summary>The record's working copy as loaded for the change being made (JSON), kept as revision 0 by its first revision.</summary>
    private string? _asLoaded;

    private int _mergeAttempts;

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        SaveAsync(RevisionKind.Saved, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        SaveAsync(RevisionKind.SubmittedForReview, cancellationToken);

    /// <summary>Restores an earlier revision as a new one; the revisions in between stay in the history.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(long revision, CancellationToken cancellationToken)
    {
        var earlier = await db.Revisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revision && r.RecordType == editor.RecordType && r.RecordId == Id, cancellationToken);
        if (earlier is null)
        {
            return NotFound();
        }

        Form = EditorJson.Deserialize<TForm>(earlier.Snapshot);
        Note ??= $"#{earlier.Number}";
        return await SaveAsync(RevisionKind.Restored, cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(PortalPolicies.ReviewContent))
        {
            return ForbidBy(PortalPolicies.ReviewContent);
        }

        var record = Id is { } id ? await LoadAsync(id, cancellationToken) : null;
        if (record is null)
        {
            return await GoneAsync(cancellationToken);
        }

        // A reviewer publishes the saved working copy, not whatever the form on screen holds.
        ModelState.Clear();
        db.Entry(record).Property(r => r.Version).OriginalValue = Version;
        var form = await RecordPublisher.PublishAsync(editor, record, ModelState, T, clock.GetUtcNow(), cancellationToken);
        if (form is null)
        {
            return await RefuseAsync(record, cancellationToken);
        }

        return await CommitAsync(record, form, RevisionKind.Published, AuditAction.Published, cancellationToken);
    }

    /// <summary>Publishes the working copy at a later time, checked now and again when the time comes.</summary>
    public async Task<IActionResult> OnPostScheduleAsync(DateTime? publishAt, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(PortalPolicies.ReviewContent))
        {
            return ForbidBy(PortalPolicies.ReviewContent);
        }

        var record = Id is { } id ? await LoadAsync(id, cancellationToken) : null;
        if (record is null)
        {
            return await GoneAsync(cancellationToken);
        }

        ModelState.Clear();
        var when = publishAt is { } local ? PortalTime.FromPortalLocal(local) : (DateTimeOffset?)null;
        if (when is null || when <= clock.GetUtcNow())
        {
            ModelState.AddModelError("publishAt", T.ScheduleInFuture);
            return await RefuseAsync(record, cancellationToken);
        }

        var form = WorkingCopy(record);
        editor.Tidy(form);
        await editor.ValidateAsync(form, record.Id, ModelState, T, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await RefuseAsync(record, cancellationToken);
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = Version;
        record.ScheduledPublishAt = when;
        record.UpdatedAt = clock.GetUtcNow();
        Note ??= PortalTime.Format(when.Value);
        return await CommitAsync(record, form, RevisionKind.Scheduled, null, cancellationToken);
    }

    public Task<IActionResult> OnPostCancelScheduleAsync(CancellationToken cancellationToken) =>
        ChangeStateAsync(PortalPolicies.ReviewContent, RevisionKind.ReturnedToDraft, null, record => record.ScheduledPublishAt = null, cancellationToken);

    public Task<IActionResult> OnPostReturnToDraftAsync(CancellationToken cancellationToken) =>
        ChangeStateAsync(PortalPolicies.ReviewContent, RevisionKind.ReturnedToDraft, null, record =>
        {
            if (record.Publication == PublicationStatus.InReview)
            {
                record.Publication = PublicationStatus.Draft;
            }

            record.PendingReview = false;
            record.ScheduledPublishAt = null;
        }, cancellationToken);

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken) =>
        ChangeStateAsync(PortalPolicies.EditContent, RevisionKind.Archived, AuditAction.Archived, record =>
        {
            record.Publication = PublicationStatus.Archived;
            record.PendingReview = false;
            record.ScheduledPublishAt = null;
        }, cancellationToken);

    public Task<IActionResult> OnPostUnarchiveAsync(CancellationToken cancellationToken) =>
        ChangeStateAsync(PortalPolicies.EditContent, RevisionKind.Unarchived, AuditAction.Restored, record =>
        {
            // Back to a draft: it goes public again only through review.
            record.Publication = PublicationStatus.Draft;
            record.PendingChanges = null;
        }, cancellationToken);

    /// <summary>The lists the form chooses from, loaded for every display of the page.</summary>
    protected abstract Task LoadChoicesAsync(CancellationToken cancellationToken);

    /// <summary>The form an editor continues from: the pending changes of a published record, else the record itself.</summary>
    protected TForm WorkingCopy(TRecord record) => RecordPublisher.WorkingCopy(editor, record);

    /// <summary>
    /// Whether the edit waiting for review (a published record's pending changes) changes the original's text but not this
    /// language's: the translation is stale from the moment its original is changed, not only once that change is published.
    /// </summary>
    protected bool StaleInPendingEdit(string originalLanguage, string language)
    {
        if (Record?.PendingChanges is not { } pending || language == originalLanguage)
        {
            return false;
        }

        var changedTexts = RevisionLog.Compare(EditorJson.Serialize(editor.ToForm(Record)), pending)
            .Select(change => change.Field)
            .Where(field => !field.EndsWith(".state", StringComparison.Ordinal) && !field.EndsWith(".publish", StringComparison.Ordinal))
            .ToList();
        return changedTexts.Any(field => field.StartsWith($"texts.{originalLanguage}.", StringComparison.Ordinal))
            && !changedTexts.Any(field => field.StartsWith($"texts.{language}.", StringComparison.Ordinal));
    }

    private async Task<IActionResult> SaveAsync(RevisionKind kind, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(PortalPolicies.EditContent))
        {
            return ForbidBy(PortalPolicies.EditContent);
        }

        if (kind != RevisionKind.Restored && Resolutions.Count > 0)
        {
            Form = EditorJson.Deserialize<TForm>(FormMerge.With(
                EditorJson.Serialize(Form), Resolutions.Where(r => r.KeepMine).Select(r => (r.Field ?? string.Empty, r.Mine))));
        }

        return await SaveFormAsync(kind, cancellationToken);
    }

    private async Task<IActionResult> SaveFormAsync(RevisionKind kind, CancellationToken cancellationToken)
    {
        var submitForReview = kind == RevisionKind.SubmittedForReview;
        editor.Tidy(Form);
        TRecord? record = null;
        if (Id is { } id)
        {
            record = await LoadAsync(id, cancellationToken);
            if (record is null)
            {
                return await GoneAsync(cancellationToken);
            }

            if (record.Publication == PublicationStatus.Archived)
            {
                Record = record;
                Problem = T.RecordArchived;
                return await ShowAsync(cancellationToken);
            }

            if (kind != RevisionKind.Restored)
            {
                editor.KeepWhatTheFormDoesNotPost(Form, WorkingCopy(record));
            }
        }

        await editor.ValidateAsync(Form, Id, ModelState, T, cancellationToken);
        if (!ModelState.IsValid)
        {
            Record = record;
            return await ShowAsync(cancellationToken);
        }

        if (record is null)
        {
            record = editor.Create(Form);
            await editor.ApplyAsync(Form, record, cancellationToken);
            record.Publication = submitForReview ? PublicationStatus.InReview : PublicationStatus.Draft;
            record.PendingReview = submitForReview;
            db.Add(record);
            return await CommitAsync(record, Form, kind, null, cancellationToken);
        }

        // A save that changes nothing an editor could see (the same areas chosen in another order) is no new revision.
        if (kind == RevisionKind.Saved && _asLoaded is not null && RevisionLog.Compare(_asLoaded, EditorJson.Serialize(Form)).Count == 0)
        {
            await ForgetDraftAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToPage(new { id = record.Id, done = kind.ToString() });
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = Version;
        await RecordPublisher.SaveWorkingCopyAsync(editor, record, Form, clock.GetUtcNow(), cancellationToken);
        if (submitForReview && record.Publication != PublicationStatus.Published)
        {
            record.Publication = PublicationStatus.InReview;
        }

        record.PendingReview = submitForReview || (record.PendingReview && record.Publication != PublicationStatus.Draft);
        return await CommitAsync(record, Form, kind, null, cancellationToken);
    }

    private async Task<IActionResult> ChangeStateAsync(string policy, RevisionKind kind, AuditAction? auditAction, Action<TRecord> change, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(policy))
        {
            return ForbidBy(policy);
        }

        var record = Id is { } id ? await LoadAsync(id, cancellationToken) : null;
        if (record is null)
        {
            return await GoneAsync(cancellationToken);
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = Version;
        change(record);
        record.UpdatedAt = clock.GetUtcNow();
        return await CommitAsync(record, WorkingCopy(record), kind, auditAction, cancellationToken);
    }

    /// <summary>Loads the record to change, remembering it as it was: its first revision keeps that as revision 0.</summary>
    private async Task<TRecord?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var record = await editor.LoadAsync(id, cancellationToken);
        _asLoaded = record is null ? null : EditorJson.Serialize(WorkingCopy(record));
        return record;
    }

    /// <summary>Saves the change and its revision together; a concurrent save is merged with it instead of overwritten.</summary>
    private async Task<IActionResult> CommitAsync(TRecord record, TForm snapshot, RevisionKind kind, AuditAction? auditAction, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (kind is RevisionKind.Saved or RevisionKind.SubmittedForReview)
        {
            await ForgetDraftAsync(cancellationToken);
        }

        try
        {
            await revisions.SaveWithRevisionAsync(
                editor.RecordType, record, kind, EditorJson.Serialize(snapshot), user, Note, cancellationToken, previous: _asLoaded);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await MergeAsync(record.Id, snapshot, kind, cancellationToken);
        }

        if ((auditAction ?? (kind == RevisionKind.Restored ? AuditAction.Restored : (AuditAction?)null)) is { } action)
        {
            await audit.RecordAsync(action, user, recordType: editor.RecordType, recordKey: record.Slug, details: Note);
        }

        return RedirectToPage(new { id = record.Id, done = kind.ToString(), merged = _mergeAttempts > 0 ? true : (bool?)null });
    }

    /// <summary>
    /// Merges the refused change with what was saved meanwhile against the version the editor opened (ADR 35). A save
    /// that touches none of the colleague's fields is saved at once; otherwise the form shows the merge, with the
    /// colleague's value in each field both changed and a choice beside it, and nothing is saved until the editor chooses.
    /// </summary>
    private async Task<IActionResult> MergeAsync(int id, TForm mine, RevisionKind kind, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await editor.LoadAsync(id, cancellationToken);
        if (current is null)
        {
            return await GoneAsync(cancellationToken);
        }

        var history = db.Revisions.AsNoTracking().Where(r => r.RecordType == editor.RecordType && r.RecordId == id);
        var opened = await history.Where(r => r.Number == BaseRevision).Select(r => r.Snapshot).FirstOrDefaultAsync(cancellationToken);
        var latest = await history.OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        var merge = FormMerge.Merge(opened, EditorJson.Serialize(mine), EditorJson.Serialize(WorkingCopy(current)));
        Form = EditorJson.Deserialize<TForm>(merge.Merged);
        Version = current.Version;
        BaseRevision = latest?.Number ?? 0;
        Resolutions = [];
        ModelState.Clear();

        // Only the editor's own saves are merged unasked; a reviewer's action on a version they have not seen is not.
        var isSave = kind is RevisionKind.Saved or RevisionKind.SubmittedForReview;
        if (isSave && merge.Conflicts.Count == 0 && ++_mergeAttempts <= MaxMergeAttempts)
        {
            return await SaveFormAsync(kind, cancellationToken);
        }

        var by = latest is null ? null : await revisions.AuthorAsync(latest, cancellationToken);
        Record = current;
        Merge = new MergeView(
            latest is null ? null : T.MergedBy(by, latest.CreatedAt, Zone),
            [.. merge.TheirChangesKept.Select(field => FieldLabels.Of(field, T)).Distinct()],
            [.. merge.Conflicts.Select(conflict => new MergeChoice(
                conflict.Field, FieldLabels.Of(conflict.Field, T), FieldLabels.Show(conflict.Mine, T, typeof(TForm), conflict.Field), FieldLabels.Show(conflict.Theirs, T, typeof(TForm), conflict.Field), conflict.Mine))],
            T);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await ShowAsync(cancellationToken);
    }

    /// <summary>The signed-in editor's session of this form (a new record's form is record 0).</summary>
    private IQueryable<EditingSession> MySession()
    {
        var userId = users.GetUserId(User);
        return db.EditingSessions.Where(s => s.RecordType == editor.RecordType && s.RecordId == (Id ?? 0) && s.UserId == userId);
    }

    /// <summary>Colleagues seen on this record's form within the window, the earliest opened first (never the editor themself).</summary>
    private async Task<IReadOnlyList<PresentEditor>> OthersEditingAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return [];
        }

        var me = users.GetUserId(User);
        var since = clock.GetUtcNow() - PresenceWindow;
        return await db.EditingSessions.AsNoTracking()
            .Where(s => s.RecordType == editor.RecordType && s.RecordId == id && s.UserId != me && s.SeenAt >= since)
            .OrderBy(s => s.OpenedAt)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new PresentEditor(u.DisplayName, s.OpenedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Clears the editor's draft in the save's own transaction: a save refused as a conflict keeps it.</summary>
    private async Task ForgetDraftAsync(CancellationToken cancellationToken)
    {
        if (await MySession().FirstOrDefaultAsync(cancellationToken) is { } session)
        {
            session.Draft = null;
            session.DraftSavedAt = null;
        }
    }

    private async Task<int> LatestRevisionNumberAsync(int id, CancellationToken cancellationToken) =>
        await db.Revisions.Where(r => r.RecordType == editor.RecordType && r.RecordId == id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;

    /// <summary>Shows why a workflow action could not be taken, with the saved working copy in the form.</summary>
    private async Task<IActionResult> RefuseAsync(TRecord record, CancellationToken cancellationToken)
    {
        Record = record;
        Form = WorkingCopy(record);
        Version = record.Version;
        Problem = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> GoneAsync(CancellationToken cancellationToken)
    {
        Problem = T.RecordGone;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        CanEdit = await AllowedAsync(PortalPolicies.EditContent);
        CanReview = await AllowedAsync(PortalPolicies.ReviewContent);
        Others = await OthersEditingAsync(cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        editor.AddSpareRows(Form);
        return Page();
    }

    private async Task<bool> AllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}

/// <summary>What the shared bar of workflow actions needs, the record type's public preview among them when it has one.</summary>
public sealed record WorkflowView(IEditorial? Record, int? Id, bool CanEdit, bool CanReview, string RecordType, string EditorPage, AdminText Text, string? PreviewPage)
{
    /// <summary>The bar's element id, the target of the layout's "Go to actions" skip link.</summary>
    public const string BarId = "editor-actions";
}

/// <summary>What the shared status line above an edit form needs.</summary>
public sealed record EditorStatusView(WorkflowView Workflow, RevisionKind? Done, bool Merged, string? Problem, DraftView Draft, PresenceView Presence);

/// <summary>A colleague who has the record's form open: their name and when they opened it.</summary>
public sealed record PresentEditor(string Name, DateTimeOffset Since);

/// <summary>Who else has the record open, told by the clock the editor reads.</summary>
/// <summary>A date field's reading: the date as each language's readers will see it, or why it does not read.</summary>
public sealed record DateReading(IReadOnlyDictionary<string, string>? Readings, string? Problem);

public sealed record PresenceView(IReadOnlyList<PresentEditor> Others, EditorTimeZone Zone, AdminText T);

/// <summary>The editor's own unsaved draft of the form: when it was kept, the clock the editor reads, and whether the form shows it now.</summary>
public sealed record DraftView(DateTimeOffset? SavedAt, bool Restored, EditorTimeZone Zone)
{
    public static readonly DraftView None = new(null, false, EditorTimeZones.Default);
}

/// <summary>What an automatic draft keeps: the form and the version it was based on, so saving it later is checked and merged like any save.</summary>
public sealed class FormDraft<TForm>
    where TForm : new()
{
    public TForm Form { get; set; } = new();

    public uint Version { get; set; }

    public int BaseRevision { get; set; }
}
