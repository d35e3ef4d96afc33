using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Initiatives;

/// <summary>
/// Creates and edits an initiative in both languages, and moves it through the workflow:
/// draft → in review → published → archived. Every action checks the role it needs on the server.
/// </summary>
public sealed class EditModel(
    PortalDbContext db,
    InitiativeEditor editor,
    RevisionLog revisions,
    AuditLog audit,
    UserManager<PortalUser> users,
    IAuthorizationService authorization,
    TimeProvider clock) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public InitiativeForm Form { get; set; } = new();

    /// <summary>The version the editor started from (PostgreSQL's xmin), to refuse a save over someone else's.</summary>
    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>What the last action did, for the confirmation after its redirect.</summary>
    public RevisionKind? DoneKind => Enum.TryParse<RevisionKind>(Done, out var kind) && Enum.IsDefined(kind) ? kind : null;

    public Initiative? Record { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<FieldChange> Conflict { get; private set; } = [];

    public string? ConflictBy { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanReview { get; private set; }

    public EditorChoices Choices { get; private set; } = EditorChoices.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadPermissionsAsync();
        if (Id is { } id)
        {
            Record = await editor.LoadAsync(id, cancellationToken);
            if (Record is null)
            {
                return NotFound();
            }

            Form = InitiativeEditor.WorkingCopy(Record);
            Version = Record.Version;
        }
        else
        {
            Form = new InitiativeForm { OriginalLanguage = Lang };
        }

        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        SaveAsync(RevisionKind.Saved, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        SaveAsync(RevisionKind.SubmittedForReview, cancellationToken);

    /// <summary>Restores an earlier revision as a new one; the revisions in between stay in the history.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(long revision, CancellationToken cancellationToken)
    {
        var earlier = await db.Revisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revision && r.RecordType == InitiativeEditor.RecordType && r.RecordId == Id, cancellationToken);
        if (earlier is null)
        {
            return NotFound();
        }

        Form = InitiativeEditor.Deserialize(earlier.Snapshot);
        Note ??= $"#{earlier.Number}";
        return await SaveAsync(RevisionKind.Restored, cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(PortalPolicies.ReviewContent))
        {
            return Forbid();
        }

        var record = Id is { } id ? await editor.LoadAsync(id, cancellationToken) : null;
        if (record is null)
        {
            return await GoneAsync(cancellationToken);
        }

        // A reviewer publishes the saved working copy, not whatever the form on screen holds.
        ModelState.Clear();
        var form = InitiativeEditor.WorkingCopy(record);
        form.DropRemovedAndBlankRows();
        await editor.ValidateAsync(form, record.Id, ModelState, T, cancellationToken);
        if (!form.Texts.Any(pair => pair.Value.Publish && !string.IsNullOrWhiteSpace(pair.Value.Name)))
        {
            ModelState.AddModelError(string.Empty, T.NoLanguageToPublish);
        }

        if (!ModelState.IsValid)
        {
            Record = record;
            Form = form;
            Version = record.Version;
            Problem = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            return await ShowAsync(cancellationToken);
        }

        db.Entry(record).Property(i => i.Version).OriginalValue = Version;
        await editor.ApplyAsync(form, record, cancellationToken);
        record.PendingChanges = null;
        record.PendingReview = false;
        record.Publication = PublicationStatus.Published;
        record.PublishedAt = clock.GetUtcNow();
        return await CommitAsync(record, form, RevisionKind.Published, AuditAction.Published, cancellationToken);
    }

    public Task<IActionResult> OnPostReturnToDraftAsync(CancellationToken cancellationToken) =>
        ChangeStateAsync(PortalPolicies.ReviewContent, RevisionKind.ReturnedToDraft, null, record =>
        {
            if (record.Publication == PublicationStatus.InReview)
            {
                record.Publication = PublicationStatus.Draft;
            }

            record.PendingReview = false;
        }, cancellationToken);

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken) =>
        ChangeStateAsync(PortalPolicies.EditContent, RevisionKind.Archived, AuditAction.Archived, record =>
        {
            record.Publication = PublicationStatus.Archived;
            record.PendingReview = false;
        }, cancellationToken);

    public Task<IActionResult> OnPostUnarchiveAsync(CancellationToken cancellationToken) =>
        ChangeStateAsync(PortalPolicies.EditContent, RevisionKind.Unarchived, AuditAction.Restored, record =>
        {
            // Back to a draft: it goes public again only through review.
            record.Publication = PublicationStatus.Draft;
            record.PendingChanges = null;
        }, cancellationToken);

    private async Task<IActionResult> SaveAsync(RevisionKind kind, CancellationToken cancellationToken)
    {
        var submitForReview = kind == RevisionKind.SubmittedForReview;
        if (!await AllowedAsync(PortalPolicies.EditContent))
        {
            return Forbid();
        }

        Form.DropRemovedAndBlankRows();
        Initiative? record = null;
        if (Id is { } id)
        {
            record = await editor.LoadAsync(id, cancellationToken);
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
        }

        await editor.ValidateAsync(Form, Id, ModelState, T, cancellationToken);
        if (!ModelState.IsValid)
        {
            Record = record;
            return await ShowAsync(cancellationToken);
        }

        if (record is null)
        {
            record = new Initiative { Slug = Form.Slug!, OriginalLanguage = Form.OriginalLanguage, Publication = PublicationStatus.Draft };
            await editor.ApplyAsync(Form, record, cancellationToken);
            record.Publication = submitForReview ? PublicationStatus.InReview : PublicationStatus.Draft;
            record.PendingReview = submitForReview;
            db.Initiatives.Add(record);
            return await CommitAsync(record, Form, kind, null, cancellationToken);
        }

        db.Entry(record).Property(i => i.Version).OriginalValue = Version;
        if (record.Publication == PublicationStatus.Published)
        {
            // The public keeps the published version until a reviewer publishes these changes.
            record.PendingChanges = InitiativeEditor.Serialize(Form);
            record.UpdatedAt = clock.GetUtcNow();
        }
        else
        {
            await editor.ApplyAsync(Form, record, cancellationToken);
            if (submitForReview)
            {
                record.Publication = PublicationStatus.InReview;
            }
        }

        record.PendingReview = submitForReview || (record.PendingReview && record.Publication != PublicationStatus.Draft);
        return await CommitAsync(record, Form, kind, null, cancellationToken);
    }

    private async Task<IActionResult> ChangeStateAsync(string policy, RevisionKind kind, AuditAction? auditAction, Action<Initiative> change, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(policy))
        {
            return Forbid();
        }

        var record = Id is { } id ? await editor.LoadAsync(id, cancellationToken) : null;
        if (record is null)
        {
            return await GoneAsync(cancellationToken);
        }

        db.Entry(record).Property(i => i.Version).OriginalValue = Version;
        change(record);
        record.UpdatedAt = clock.GetUtcNow();
        return await CommitAsync(record, InitiativeEditor.WorkingCopy(record), kind, auditAction, cancellationToken);
    }

    /// <summary>Saves the change and its revision together; a concurrent save shows both versions instead of overwriting.</summary>
    private async Task<IActionResult> CommitAsync(Initiative record, InitiativeForm snapshot, RevisionKind kind, AuditAction? auditAction, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await revisions.AddAsync(InitiativeEditor.RecordType, record.Id, kind, InitiativeEditor.Serialize(snapshot), user, Note, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ShowConflictAsync(record.Id, snapshot, cancellationToken);
        }

        if ((auditAction ?? (kind == RevisionKind.Restored ? AuditAction.Restored : (AuditAction?)null)) is { } action)
        {
            await audit.RecordAsync(action, user, recordType: InitiativeEditor.RecordType, recordKey: record.Slug, details: Note);
        }

        return RedirectToPage(new { id = record.Id, done = kind.ToString() });
    }

    private async Task<IActionResult> ShowConflictAsync(int id, InitiativeForm mine, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await editor.LoadAsync(id, cancellationToken);
        if (current is null)
        {
            return await GoneAsync(cancellationToken);
        }

        var latest = await db.Revisions.AsNoTracking()
            .Where(r => r.RecordType == InitiativeEditor.RecordType && r.RecordId == id)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);
        Record = current;
        Form = mine;
        Version = current.Version;
        Conflict = RevisionLog.Compare(InitiativeEditor.Serialize(mine), InitiativeEditor.Serialize(InitiativeEditor.WorkingCopy(current)));
        ConflictBy = latest is null ? null : T.ConflictBy(latest.UserEmail, latest.CreatedAt);
        Response.StatusCode = StatusCodes.Status409Conflict;
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
        await LoadPermissionsAsync();
        Choices = await EditorChoices.LoadAsync(db, Lang, Id, cancellationToken);
        Form.AddSpareRows();
        return Page();
    }

    private async Task LoadPermissionsAsync()
    {
        CanEdit = await AllowedAsync(PortalPolicies.EditContent);
        CanReview = await AllowedAsync(PortalPolicies.ReviewContent);
    }

    private async Task<bool> AllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    /// <summary>Whether a translation was last written before its original changed.</summary>
    public bool IsStale(string language)
    {
        if (Record is null || language == Record.OriginalLanguage)
        {
            return false;
        }

        var original = Record.Translations.FirstOrDefault(t => t.Language == Record.OriginalLanguage);
        var translation = Record.Translations.FirstOrDefault(t => t.Language == language);
        return original is not null && translation is not null && translation.TextUpdatedAt < original.TextUpdatedAt;
    }
}
