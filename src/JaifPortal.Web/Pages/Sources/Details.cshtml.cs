using JaifPortal.Web.Areas.Discovery;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Sources;

/// <summary>One source document to read as the portal received it, with the published records taken from it.</summary>
[PublicCache]
public sealed class DetailsModel(PortalDbContext db) : PublicPageModel
{
    public SourceDocument Document { get; private set; } = null!;

    public DiscoveryText DiscoveryText => DiscoveryText.For(Lang);

    public IReadOnlyList<InitiativeCard> Initiatives { get; private set; } = [];

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    /// <summary>The document's paragraphs (separated by blank lines in the text), each keeping its own line breaks.</summary>
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var document = await db.SourceDocuments.AsNoTracking()
            .Include(d => d.Translations)
            .FirstOrDefaultAsync(d => d.Slug == slug, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        var text = await db.SourceDocumentTexts.AsNoTracking()
            .Where(t => t.SourceDocumentId == document.Id).Select(t => t.Text)
            .FirstOrDefaultAsync(cancellationToken);
        Paragraphs =
        [
            .. (text ?? string.Empty).ReplaceLineEndings("\n")
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        ];
        Initiatives = await db.Initiatives.AsNoTracking().Published()
            .Where(i => i.SourceDocumentId == document.Id)
            .InPlanOrder()
            .ToCards()
            .ToListAsync(cancellationToken);
        Events = await db.Events.AsNoTracking().Published()
            .Where(e => e.SourceDocumentId == document.Id)
            .NewestFirst()
            .ToItems()
            .ToListAsync(cancellationToken);
        return Page();
    }
}
