using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Initiatives;

/// <summary>
/// The public page of an initiative as it would look once published: the working copy (a draft, or
/// the pending changes of a published initiative) applied in memory and never saved.
/// </summary>
public sealed class PreviewModel(PortalDbContext db, InitiativeEditor editor) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "lang")]
    public string? PreviewLanguage { get; set; }

    public InitiativeRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var initiative = await editor.LoadAsync(Id, cancellationToken);
        if (initiative is null)
        {
            return NotFound();
        }

        if (initiative.PendingChanges is { } pending)
        {
            var form = EditorJson.Deserialize<InitiativeForm>(pending);
            await editor.ApplyAsync(form, initiative, cancellationToken);
        }

        await db.Entry(initiative).Reference(i => i.SourceDocument).LoadAsync(cancellationToken);
        if (initiative.SourceDocument is not null)
        {
            await db.Entry(initiative.SourceDocument).Collection(d => d.Translations).LoadAsync(cancellationToken);
        }

        foreach (var link in initiative.Areas)
        {
            await db.Entry(link.CooperationArea).Collection(a => a.Translations).LoadAsync(cancellationToken);
            await db.Entry(link.CooperationArea).Reference(a => a.Pillar).LoadAsync(cancellationToken);
            await db.Entry(link.CooperationArea.Pillar).Collection(p => p.Translations).LoadAsync(cancellationToken);
        }

        foreach (var organisation in initiative.Organisations.Select(link => link.Organisation))
        {
            await db.Entry(organisation).Collection(o => o.Translations).LoadAsync(cancellationToken);
        }

        foreach (var country in initiative.Countries.Select(link => link.Country).Concat(initiative.Milestones.Select(m => m.Country)).OfType<Country>().Distinct())
        {
            await db.Entry(country).Collection(c => c.Translations).LoadAsync(cancellationToken);
        }

        if (initiative.ParentInitiative is not null)
        {
            await db.Entry(initiative.ParentInitiative).Collection(p => p.Translations).LoadAsync(cancellationToken);
        }

        var language = ContentLanguage.IsPublished(PreviewLanguage) ? PreviewLanguage! : Lang;
        Record = new InitiativeRecord(initiative, [], language);

        // Nothing here is saved: the preview only reads.
        db.ChangeTracker.Clear();
        return Page();
    }
}
