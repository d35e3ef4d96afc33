using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Crosswalk;

/// <summary>
/// One cooperation area's crosswalk: a box per ASEAN community pillar and per SDG. Administrators only
/// (the folder's policy). A save replaces the area's mapping in one transaction with a revision and an
/// audit entry; it is refused (409) when the area changed since the page was opened, using the area's
/// xmin like the structure editor.
/// </summary>
public sealed class EditModel(PortalDbContext db, RevisionLog revisions, AuditLog audit, UserManager<PortalUser> users) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public CrosswalkForm Form { get; set; } = new();

    /// <summary>The area's version (PostgreSQL's xmin) when the page was opened.</summary>
    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public CooperationArea? Area { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<FieldChange> Conflict { get; private set; } = [];

    public string? ConflictBy { get; private set; }

    public CrosswalkEditorText CrosswalkEditorText => CrosswalkEditorText.For(Lang);

    public CrosswalkNames Names => CrosswalkNames.For(Lang);

    public string AreaName => Area is null ? string.Empty : NameOf(Area, Lang);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Area = await LoadAsync(cancellationToken);
        if (Area is null)
        {
            return NotFound();
        }

        Form = CrosswalkForm.Of(Area);
        Version = Area.Version;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(RevisionKind.Saved, cancellationToken);

    /// <summary>Restores an earlier revision as a new one (from the history page).</summary>
    public async Task<IActionResult> OnPostRestoreAsync(long revision, CancellationToken cancellationToken)
    {
        var earlier = await db.Revisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revision && r.RecordType == RecordTypes.Crosswalk && r.RecordId == Id, cancellationToken);
        if (earlier is null)
        {
            return NotFound();
        }

        Form = EditorJson.Deserialize<CrosswalkSnapshot>(earlier.Snapshot).ToForm();
        Note ??= $"#{earlier.Number}";
        return await SaveAsync(RevisionKind.Restored, cancellationToken);
    }

    /// <summary>The area's name in the given language, else in its original language, else its slug.</summary>
    public static string NameOf(CooperationArea area, string language) =>
        (area.Translations.FirstOrDefault(t => t.Language == language && !string.IsNullOrWhiteSpace(t.Name))
            ?? area.Translations.FirstOrDefault(t => t.Language == area.OriginalLanguage))?.Name ?? area.Slug;

    private Task<CooperationArea?> LoadAsync(CancellationToken cancellationToken) =>
        db.CooperationAreas
            .Include(a => a.Translations)
            .Include(a => a.Pillar)
            .Include(a => a.AseanCommunities)
            .Include(a => a.DevelopmentGoals)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);

    private async Task<IActionResult> SaveAsync(RevisionKind kind, CancellationToken cancellationToken)
    {
        var area = await LoadAsync(cancellationToken);
        if (area is null)
        {
            Problem = CrosswalkEditorText.AreaNotFound;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Area = area;
        var chosen = Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = CrosswalkSnapshot.Of(CrosswalkForm.Of(area));
        var after = CrosswalkSnapshot.Of(chosen);
        if (RevisionLog.Compare(EditorJson.Serialize(before), EditorJson.Serialize(after)).Count == 0)
        {
            return RedirectToPage(new { id = area.Id, saved = true });
        }

        Replace(area, chosen);

        // The mapping lives in its own tables; touching the area itself makes PostgreSQL check and move its version.
        db.Entry(area).Property(a => a.Version).OriginalValue = Version;
        db.Entry(area).Property(a => a.OriginalLanguage).IsModified = true;
        var user = await users.GetUserAsync(User);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await revisions.AddAsync(RecordTypes.Crosswalk, area.Id, kind, EditorJson.Serialize(after), user, Note, cancellationToken);
            await audit.RecordAsync(AuditAction.CrosswalkChanged, user, recordType: RecordTypes.Crosswalk, recordKey: area.Slug,
                details: CrosswalkSnapshot.Describe(before, after));
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ShowConflictAsync(after, cancellationToken);
        }

        return RedirectToPage(new { id = area.Id, saved = true });
    }

    /// <summary>The chosen boxes, each known; anything unknown is explained next to its group and nothing is saved.</summary>
    private CrosswalkForm Validate()
    {
        var chosen = new CrosswalkForm();
        foreach (var code in Form.Communities.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (CrosswalkLists.CommunityOf(code) is { } community)
            {
                chosen.Communities.Add(community.Code());
            }
            else
            {
                ModelState.AddModelError($"{nameof(Form)}.{nameof(CrosswalkForm.Communities)}", CrosswalkEditorText.UnknownCommunity(code));
            }
        }

        foreach (var goal in Form.Goals.Distinct())
        {
            if (CrosswalkLists.IsGoal(goal))
            {
                chosen.Goals.Add(goal);
            }
            else
            {
                ModelState.AddModelError($"{nameof(Form)}.{nameof(CrosswalkForm.Goals)}", CrosswalkEditorText.UnknownGoal(goal));
            }
        }

        return chosen;
    }

    private static void Replace(CooperationArea area, CrosswalkForm chosen)
    {
        foreach (var link in area.AseanCommunities.Where(link => !chosen.Has(link.Community)).ToList())
        {
            area.AseanCommunities.Remove(link);
        }

        foreach (var community in CrosswalkLists.Communities.Where(c => chosen.Has(c) && area.AseanCommunities.All(link => link.Community != c)))
        {
            area.AseanCommunities.Add(new AreaAseanCommunity { CooperationAreaId = area.Id, Community = community });
        }

        foreach (var link in area.DevelopmentGoals.Where(link => !chosen.Has(link.Goal)).ToList())
        {
            area.DevelopmentGoals.Remove(link);
        }

        foreach (var goal in chosen.Goals.Where(goal => area.DevelopmentGoals.All(link => link.Goal != goal)))
        {
            area.DevelopmentGoals.Add(new AreaDevelopmentGoal { CooperationAreaId = area.Id, Goal = goal });
        }
    }

    /// <summary>Shows what the area's crosswalk is now beside the administrator's choices, which stay in the form.</summary>
    private async Task<IActionResult> ShowConflictAsync(CrosswalkSnapshot mine, CancellationToken cancellationToken)
    {
        var form = Form;
        db.ChangeTracker.Clear();
        var current = await LoadAsync(cancellationToken);
        Response.StatusCode = current is null ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        if (current is null)
        {
            Problem = CrosswalkEditorText.AreaNotFound;
            return Page();
        }

        Area = current;
        Form = form;
        Version = current.Version;
        Conflict = RevisionLog.Compare(EditorJson.Serialize(mine), EditorJson.Serialize(CrosswalkSnapshot.Of(CrosswalkForm.Of(current))));
        var latest = await db.Revisions.AsNoTracking()
            .Where(r => (r.RecordType == RecordTypes.Crosswalk || r.RecordType == RecordTypes.CooperationArea) && r.RecordId == current.Id)
            .OrderByDescending(r => r.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        ConflictBy = latest is null ? null : T.MergedBy(await revisions.AuthorAsync(latest, cancellationToken), latest.CreatedAt, Zone);
        return Page();
    }
}
