using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Pages.Events;

/// <summary>Creates and edits an event in both languages; the workflow is the shared one of every record type.</summary>
public sealed class EditModel(
    PortalDbContext db,
    EventEditor editor,
    RevisionLog revisions,
    AuditLog audit,
    UserManager<PortalUser> users,
    IAuthorizationService authorization,
    TimeProvider clock)
    : RecordEditorPageModel<Event, EventForm>(db, editor, revisions, audit, users, authorization, clock)
{
    public EventChoices Choices { get; private set; } = EventChoices.Empty;

    public EventEditorText EventEditorText => EventEditorText.For(Lang);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Choices = await EventChoices.LoadAsync(Db, Lang, cancellationToken);

    /// <summary>Written before its original last changed, or its original is changed in the edit waiting for review.</summary>
    public bool IsStale(string language) =>
        Record is not null && (TranslationStaleness.IsStale(Record, language) || StaleInPendingEdit(Record.OriginalLanguage, language));

    protected override string? PreviewPage => Record is null ? null : "/Events/Preview";
}
