using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Admin.Pages.Events;

/// <summary>The public page of an event as it would look once published; nothing is saved.</summary>
public sealed class PreviewModel(PortalDbContext db, EventEditor editor) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "lang")]
    public string? PreviewLanguage { get; set; }

    public EventRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var record = await PreviewLoader.LoadAsync(db, editor, Id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = new EventRecord(record, ContentLanguage.IsPublished(PreviewLanguage) ? PreviewLanguage! : Lang, MediaEndpoints.BackOfficePath);
        return Page();
    }
}
