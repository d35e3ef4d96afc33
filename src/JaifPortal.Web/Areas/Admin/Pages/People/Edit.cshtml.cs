using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Areas.Admin.Pages.Initiatives;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Pages.People;

public sealed class EditModel(
    PortalDbContext db,
    PersonEditor editor,
    RevisionLog revisions,
    AuditLog audit,
    UserManager<PortalUser> users,
    IAuthorizationService authorization,
    TimeProvider clock)
    : RecordEditorPageModel<Person, PersonForm>(db, editor, revisions, audit, users, authorization, clock)
{
    public EditorChoices Choices { get; private set; } = EditorChoices.Empty;

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Choices = await EditorChoices.LoadAsync(Db, Lang, null, cancellationToken);

    /// <summary>Written before its original last changed, or its original is changed in the edit waiting for review.</summary>
    public bool IsStale(string language) =>
        Record is not null && (TranslationStaleness.IsStale(Record, language) || StaleInPendingEdit(Record.OriginalLanguage, language));
}
