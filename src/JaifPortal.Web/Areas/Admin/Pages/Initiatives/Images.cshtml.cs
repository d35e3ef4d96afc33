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
/// caption, alternative text and credit in both languages. Files are checked by content, not name.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = ImageFormat.MaxBytes + 64 * 1024)]
[RequestSizeLimit(ImageFormat.MaxBytes + 64 * 1024)]
public sealed class ImagesModel(PortalDbContext db, AuditLog audit, UserManager<PortalUser> users, IAuthorizationService authorization, TimeProvider clock) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ImageInput Input { get; set; } = new();

    public Initiative? Initiative { get; private set; }

    public bool CanEdit { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The file of any photo, published or not, for the back office's own thumbnails.</summary>
    public async Task<IActionResult> OnGetFileAsync(int image, CancellationToken cancellationToken)
    {
        var file = await db.Images.AsNoTracking()
            .Where(i => i.Id == image && i.InitiativeId == Id && i.ContentType != null)
            .Select(i => new { i.ContentType, i.File!.Content })
            .FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType!);
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, PortalPolicies.EditContent)).Succeeded)
        {
            return ForbidBy(PortalPolicies.EditContent);
        }

        if (!await ShowAsync(cancellationToken))
        {
            return NotFound();
        }

        var existing = Input.ImageId is { } imageId ? Initiative!.Images.FirstOrDefault(i => i.Id == imageId && i.RemovedAt is null) : null;
        var content = await ReadFileAsync(required: existing is null, cancellationToken);
        var check = new FormChecks(ModelState, T);
        if (Input.ImageId is not null && existing is null)
        {
            check.Choice("Input.ImageId", exists: false);
        }

        foreach (var language in ContentLanguage.Published)
        {
            check.Text($"Input.Caption[{language}]", Input.Caption.GetValueOrDefault(language), 2_000, required: language == Initiative!.OriginalLanguage);
            check.Text($"Input.AltText[{language}]", Input.AltText.GetValueOrDefault(language), 2_000, required: true);
            check.Text($"Input.Credit[{language}]", Input.Credit.GetValueOrDefault(language), 300, required: true);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var image = existing ?? new Image { OriginalLanguage = Initiative!.OriginalLanguage, SortOrder = Initiative.Images.Count + 1 };
        if (content is not null)
        {
            image.ContentType = ImageFormat.Detect(content);
            image.File = new ImageFile { Content = content, UploadedAt = now };
        }

        foreach (var language in ContentLanguage.Published)
        {
            var caption = TranslationWriter.Blank(Input.Caption.GetValueOrDefault(language));
            var translation = image.Translations.FirstOrDefault(t => t.Language == language);
            if (translation is null)
            {
                translation = new ImageTranslation { Language = language, Caption = caption ?? string.Empty, State = TranslationState.Ready, TextUpdatedAt = now };
                image.Translations.Add(translation);
            }

            translation.Caption = caption ?? translation.Caption;
            translation.AltText = TranslationWriter.Blank(Input.AltText.GetValueOrDefault(language));
            translation.Credit = TranslationWriter.Blank(Input.Credit.GetValueOrDefault(language));
        }

        if (existing is null)
        {
            Initiative!.Images.Add(image);
        }

        Initiative!.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int image, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, PortalPolicies.EditContent)).Succeeded)
        {
            return ForbidBy(PortalPolicies.EditContent);
        }

        var photo = await db.Images.Include(i => i.Initiative).FirstOrDefaultAsync(i => i.Id == image && i.InitiativeId == Id && i.RemovedAt == null, cancellationToken);
        if (photo is not null)
        {
            // Removed, not deleted: the file and its texts stay in the database.
            photo.RemovedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(AuditAction.Deleted, await users.GetUserAsync(User), recordType: "Image", recordKey: $"{photo.Initiative?.Slug}#{photo.Id}");
        }

        return RedirectToPage(new { id = Id });
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
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (ImageFormat.Detect(content) is null)
        {
            ModelState.AddModelError("Input.File", T.ImageWrongType);
            return null;
        }

        return content;
    }

    private async Task<bool> ShowAsync(CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, PortalPolicies.EditContent)).Succeeded;
        Initiative = await db.Initiatives
            .Include(i => i.Translations)
            .Include(i => i.Images.Where(image => image.RemovedAt == null)).ThenInclude(image => image.Translations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        return Initiative is not null;
    }

    public sealed class ImageInput
    {
        public IFormFile? File { get; set; }

        /// <summary>The photo to give a file or new texts; empty for a new photo.</summary>
        public int? ImageId { get; set; }

        public Dictionary<string, string?> Caption { get; set; } = [];

        public Dictionary<string, string?> AltText { get; set; } = [];

        public Dictionary<string, string?> Credit { get; set; } = [];
    }
}
