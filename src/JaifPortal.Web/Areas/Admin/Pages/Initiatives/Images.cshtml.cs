using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Initiatives;

/// <summary>
/// An initiative's photos: upload a file for a photo the source describes, or a new photo, with its
/// caption, alternative text and credit in both languages, or remove one. Photos are part of the
/// initiative's form (<see cref="InitiativeForm.Photos"/>): each change is saved like an edit, with a
/// revision and an audit entry, and on a published initiative it waits as a pending change until a
/// reviewer publishes it. Files are decoded and written anew (<see cref="PhotoEncoder"/>), never kept as sent.
/// </summary>
[RequestSizeLimit(UploadLimit)]
[UploadLimit]
public sealed class ImagesModel(
    PortalDbContext db,
    InitiativeEditor editor,
    RevisionLog revisions,
    AuditLog audit,
    UserManager<PortalUser> users,
    IAuthorizationService authorization,
    TimeProvider clock) : AdminPageModel
{
    /// <summary>The largest request the page reads: a file of the largest size accepted, with room for the form's fields.</summary>
    public const int UploadLimit = ImageFormat.MaxBytes + 64 * 1024;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ImageInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "done")]
    public bool Done { get; set; }

    public Initiative? Initiative { get; private set; }

    /// <summary>The photos as the editor left them: the pending changes of a published initiative, else its own.</summary>
    public IReadOnlyList<InitiativeForm.PhotoRow> Photos { get; private set; } = [];

    public IReadOnlyDictionary<int, ImageFile> Files { get; private set; } = new Dictionary<int, ImageFile>();

    /// <summary>The countries a caption may place a photo in.</summary>
    public IReadOnlyList<Option> Countries { get; private set; } = [];

    /// <summary>Whether the public still sees other photos than <see cref="Photos"/>.</summary>
    public bool WaitsForReview { get; private set; }

    public bool CanEdit { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var initiative = await editor.LoadAsync(Id, cancellationToken);
        return initiative is null ? NotFound() : await ShowAsync(initiative, cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        var (initiative, refusal) = await EditableAsync(cancellationToken);
        if (initiative is null)
        {
            return refusal!;
        }

        var form = RecordPublisher.WorkingCopy(editor, initiative);
        var row = Input.Photo is { } key ? form.Photos.FirstOrDefault(r => r.Key == key) : null;
        var check = new FormChecks(ModelState, T);
        if (Input.Photo is not null && row is null)
        {
            check.Choice("Input.Photo", exists: false);
        }

        if (row is not null)
        {
            // Replacing a photo's file alone: the texts left blank keep the photo's own, so nobody retypes them all.
            KeepBlanksFrom(Input.Caption, row.Caption);
            KeepBlanksFrom(Input.AltText, row.AltText);
            KeepBlanksFrom(Input.Credit, row.Credit);
        }

        foreach (var language in ContentLanguage.Published)
        {
            check.Text($"Input.Caption[{language}]", Input.Caption.GetValueOrDefault(language), 2_000, required: language == initiative.OriginalLanguage);
            check.Text($"Input.AltText[{language}]", Input.AltText.GetValueOrDefault(language), 2_000, required: true);
            check.Text($"Input.Credit[{language}]", Input.Credit.GetValueOrDefault(language), 300, required: true);
        }

        var upload = await ReadFileAsync(required: row is null, cancellationToken);
        // Decoding is the expensive part: only a form that is otherwise right gets that far.
        var file = upload is not null && ModelState.IsValid ? Encode(upload) : null;
        if (!ModelState.IsValid)
        {
            return await ShowAsync(initiative, cancellationToken);
        }

        var action = row is null ? AuditAction.PhotoAdded : AuditAction.PhotoChanged;
        if (row is null)
        {
            row = new InitiativeForm.PhotoRow { Key = $"new-{Guid.NewGuid():N}" };
            form.Photos.Add(row);
        }

        if (file is not null)
        {
            // The key comes from a sequence as the file is added, so the form can name the file before it is saved.
            await db.ImageFiles.AddAsync(file, cancellationToken);
            row.FileId = file.Id;
        }

        row.Caption = Trimmed(Input.Caption);
        row.AltText = Trimmed(Input.AltText);
        row.Credit = Trimmed(Input.Credit);
        return await SaveAsync(initiative, form, action, row.Key, cancellationToken);
    }

    private static void KeepBlanksFrom(Dictionary<string, string?> typed, Dictionary<string, string?> current)
    {
        foreach (var language in ContentLanguage.Published)
        {
            if (string.IsNullOrWhiteSpace(typed.GetValueOrDefault(language)) && current.GetValueOrDefault(language) is { } kept)
            {
                typed[language] = kept;
            }
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(string photo, CancellationToken cancellationToken)
    {
        var (initiative, refusal) = await EditableAsync(cancellationToken);
        if (initiative is null)
        {
            return refusal!;
        }

        // Removed from the form, not deleted: the photo row, its file and its texts stay in the database for the history.
        var form = RecordPublisher.WorkingCopy(editor, initiative);
        return form.Photos.RemoveAll(row => row.Key == photo) == 0
            ? RedirectToPage(new { id = Id })
            : await SaveAsync(initiative, form, AuditAction.PhotoRemoved, photo, cancellationToken);
    }

    /// <summary>Sets the country a photo's caption places it in (none when <paramref name="country"/> is empty), saved like any other change of the photo.</summary>
    public async Task<IActionResult> OnPostCountryAsync(string photo, string? country, CancellationToken cancellationToken)
    {
        var (initiative, refusal) = await EditableAsync(cancellationToken);
        if (initiative is null)
        {
            return refusal!;
        }

        var form = RecordPublisher.WorkingCopy(editor, initiative);
        var row = form.Photos.FirstOrDefault(r => r.Key == photo);
        var code = country?.Trim() ?? string.Empty;
        if (row is null || (code.Length > 0 && !await db.Countries.AnyAsync(c => c.IsoCode == code, cancellationToken)))
        {
            new FormChecks(ModelState, T).Choice($"country-{photo}", exists: false);
            return await ShowAsync(initiative, cancellationToken);
        }

        row.CountryCode = code;
        return await SaveAsync(initiative, form, AuditAction.PhotoChanged, photo, cancellationToken);
    }

    /// <summary>The initiative, once the editor is known to be allowed to change its photos; otherwise the answer to give.</summary>
    private async Task<(Initiative? Initiative, IActionResult? Refusal)> EditableAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, PortalPolicies.EditContent)).Succeeded)
        {
            return (null, ForbidBy(PortalPolicies.EditContent));
        }

        var initiative = await editor.LoadAsync(Id, cancellationToken);
        return initiative is null ? (null, NotFound()) : (initiative, null);
    }

    /// <summary>Saves the changed photos as the initiative's working copy, with a revision and an audit entry, as the edit page saves a form.</summary>
    private async Task<IActionResult> SaveAsync(Initiative initiative, InitiativeForm form, AuditAction action, string photo, CancellationToken cancellationToken)
    {
        if (initiative.Publication == PublicationStatus.Archived)
        {
            Problem = T.RecordArchived;
            return await ShowAsync(initiative, cancellationToken);
        }

        var user = await users.GetUserAsync(User);
        var what = T.AuditActions[action];
        await RecordPublisher.SaveWorkingCopyAsync(editor, initiative, form, clock.GetUtcNow(), cancellationToken);
        await revisions.SaveWithRevisionAsync(editor.RecordType, initiative, RevisionKind.Saved, EditorJson.Serialize(form), user, what, cancellationToken);
        await audit.RecordAsync(action, user, recordType: "Image", recordKey: $"{initiative.Slug}/{photo}");
        return RedirectToPage(new { id = Id, done = true });
    }

    private async Task<byte[]?> ReadFileAsync(bool required, CancellationToken cancellationToken)
    {
        if (Input.File is not { Length: > 0 } file)
        {
            if (required)
            {
                ModelState.AddModelError("Input.File", T.ImageRequired);
            }

            return null;
        }

        if (file.Length > ImageFormat.MaxBytes)
        {
            ModelState.AddModelError("Input.File", T.ImageTooLarge);
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private ImageFile? Encode(byte[] upload)
    {
        var (file, problem) = PhotoEncoder.Encode(upload, clock.GetUtcNow());
        if (problem is { } reason)
        {
            ModelState.AddModelError("Input.File", reason switch
            {
                PhotoEncoder.Problem.NotAnImage => T.ImageWrongType,
                PhotoEncoder.Problem.TooManyPixels => T.ImageTooManyPixels,
                _ => T.ImageNotReadable,
            });
        }

        return file;
    }

    private static Dictionary<string, string?> Trimmed(Dictionary<string, string?> texts) =>
        ContentLanguage.Published.ToDictionary(language => language, language => TranslationWriter.Blank(texts.GetValueOrDefault(language)));

    private async Task<IActionResult> ShowAsync(Initiative initiative, CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, PortalPolicies.EditContent)).Succeeded;
        Initiative = initiative;
        Photos = RecordPublisher.WorkingCopy(editor, initiative).Photos;
        var published = editor.ToForm(initiative).Photos;
        WaitsForReview = initiative.Publication == PublicationStatus.Published
            && EditorJson.Serialize(published.Select(p => new { p.ImageId, p.FileId, p.Caption, p.AltText, p.Credit, p.CountryCode }))
                != EditorJson.Serialize(Photos.Select(p => new { p.ImageId, p.FileId, p.Caption, p.AltText, p.Credit, p.CountryCode }));
        var fileIds = Photos.Select(p => p.FileId).OfType<int>().ToList();
        Files = await db.ImageFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        Countries = await EditorChoices.CountriesAsync(db, Lang, cancellationToken);
        return Page();
    }

    public sealed class ImageInput
    {
        public IFormFile? File { get; set; }

        /// <summary>The photo (its <see cref="InitiativeForm.PhotoRow.Key"/>) to give a file or new texts; empty for a new photo.</summary>
        public string? Photo { get; set; }

        public Dictionary<string, string?> Caption { get; set; } = [];

        public Dictionary<string, string?> AltText { get; set; } = [];

        public Dictionary<string, string?> Credit { get; set; } = [];
    }
}
