using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Initiatives;

/// <summary>Every revision of an initiative, the field-by-field differences between any two, and restoring one.</summary>
public sealed class HistoryModel(PortalDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "a")]
    public long? Before { get; set; }

    [BindProperty(SupportsGet = true, Name = "b")]
    public long? After { get; set; }

    public string Name { get; private set; } = string.Empty;

    public uint Version { get; private set; }

    public IReadOnlyList<Revision> Revisions { get; private set; } = [];

    public Revision? Left { get; private set; }

    public Revision? Right { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.RecordType == InitiativeEditor.RecordType && r.RecordId == Id)
            .OrderByDescending(r => r.Number)
            .ToListAsync(cancellationToken);
        var record = await db.Initiatives.AsNoTracking().Include(i => i.Translations).FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (record is null && Revisions.Count == 0)
        {
            return NotFound();
        }

        Name = record?.Translations.FirstOrDefault(t => t.Language == Lang)?.Name ?? record?.Slug ?? $"#{Id}";
        Version = record?.Version ?? 0;
        Left = Revisions.FirstOrDefault(r => r.Id == Before);
        Right = Revisions.FirstOrDefault(r => r.Id == After);
        if (Left is not null && Right is not null)
        {
            Changes = RevisionLog.Compare(Left.Snapshot, Right.Snapshot);
        }

        return Page();
    }
}
