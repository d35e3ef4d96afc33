using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages;

/// <summary>Every revision of a record, the field-by-field differences between any two, and restoring one.</summary>
public sealed class HistoryModel(PortalDbContext db) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? RecordType { get; set; }

    /// <summary>The page that edits this record (and restores a revision of it).</summary>
    public string EditorPage { get; private set; } = string.Empty;

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
        if (!AdminPages.IsEditable(RecordType))
        {
            return NotFound();
        }

        EditorPage = AdminPages.EditorOf(RecordType!);
        Revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.RecordType == RecordType && r.RecordId == Id)
            .OrderByDescending(r => r.Number)
            .ToListAsync(cancellationToken);
        var record = await CurrentAsync(cancellationToken);
        if (record is null && Revisions.Count == 0)
        {
            return NotFound();
        }

        Name = record?.Name ?? $"#{Id}";
        Version = record?.Version ?? 0;
        Left = Revisions.FirstOrDefault(r => r.Id == Before);
        Right = Revisions.FirstOrDefault(r => r.Id == After);
        if (Left is not null && Right is not null)
        {
            Changes = RevisionLog.Compare(Left.Snapshot, Right.Snapshot);
        }

        return Page();
    }

    /// <summary>The record as it is now (its slug and version); null when it no longer exists (its revisions remain).</summary>
    private async Task<CurrentRecord?> CurrentAsync(CancellationToken cancellationToken) => RecordType switch
    {
        RecordTypes.Initiative => await db.Initiatives.Where(r => r.Id == Id).Select(r => new CurrentRecord(r.Slug, r.Version)).FirstOrDefaultAsync(cancellationToken),
        RecordTypes.Event => await db.Events.Where(r => r.Id == Id).Select(r => new CurrentRecord(r.Slug, r.Version)).FirstOrDefaultAsync(cancellationToken),
        RecordTypes.Organisation => await db.Organisations.Where(r => r.Id == Id).Select(r => new CurrentRecord(r.Slug, r.Version)).FirstOrDefaultAsync(cancellationToken),
        RecordTypes.Framework => await db.Frameworks.Where(r => r.Id == Id).Select(r => new CurrentRecord(r.Slug, r.Version)).FirstOrDefaultAsync(cancellationToken),
        RecordTypes.Pillar => await db.Pillars.Where(r => r.Id == Id).Select(r => new CurrentRecord(r.Slug, r.Version)).FirstOrDefaultAsync(cancellationToken),
        RecordTypes.CooperationArea or RecordTypes.Crosswalk => await db.CooperationAreas.Where(r => r.Id == Id).Select(r => new CurrentRecord(r.Slug, r.Version)).FirstOrDefaultAsync(cancellationToken),
        _ => await db.People.Where(r => r.Id == Id).Select(r => new CurrentRecord(r.Slug, r.Version)).FirstOrDefaultAsync(cancellationToken),
    };

    private sealed record CurrentRecord(string Name, uint Version);
}
