using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Pages.Initiatives;

/// <summary>Creates and edits an initiative in both languages; the workflow is the shared one of every record type.</summary>
public sealed class EditModel(
    PortalDbContext db,
    InitiativeEditor editor,
    RevisionLog revisions,
    AuditLog audit,
    UserManager<PortalUser> users,
    IAuthorizationService authorization,
    TimeProvider clock)
    : RecordEditorPageModel<Initiative, InitiativeForm>(db, editor, revisions, audit, users, authorization, clock)
{
    public EditorChoices Choices { get; private set; } = EditorChoices.Empty;

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Choices = await EditorChoices.LoadAsync(Db, Lang, Id, cancellationToken);

    protected override string? PreviewPage => Record is null ? null : "/Initiatives/Preview";

    /// <summary>Written before its original last changed, or its original is changed in the edit waiting for review.</summary>
    public bool IsStale(string language) =>
        Record is not null && (TranslationStaleness.IsStale(Record, language) || StaleInPendingEdit(Record.OriginalLanguage, language));
}
