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

    /// <summary>The record's name in the editor's language, else in its original language, else its address, with the language it is in.</summary>
    public NameInLanguage Name { get; private set; } = new(string.Empty, string.Empty);

    public uint Version { get; private set; }

    public IReadOnlyList<Revision> Revisions { get; private set; } = [];

    public Revision? Left { get; private set; }

    public Revision? Right { get; private set; }

    public IReadOnlyList<HistoryChange> Changes { get; private set; } = [];

    /// <summary>Who made each revision, by the name colleagues know them by, keyed by account.</summary>
    public IReadOnlyDictionary<string, string> Authors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The form each record type's revisions were saved from, so a choice reads by its name ("Ongoing"), not its code.</summary>
    private static readonly Dictionary<string, Type> Forms = new(StringComparer.Ordinal)
    {
        [RecordTypes.Initiative] = typeof(Initiatives.InitiativeForm),
        [RecordTypes.Event] = typeof(Events.EventForm),
    };

    /// <summary>Who made a revision: their name, else the address they had (an account since removed), else nobody (the system).</summary>
    public string? AuthorOf(Revision revision) =>
        revision.UserId is { } id && Authors.TryGetValue(id, out var name) ? name : revision.UserEmail;

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

        Name = record is null ? new NameInLanguage(Lang, $"#{Id}") : record.NameIn(Lang);
        Version = record?.Version ?? 0;
        Left = Revisions.FirstOrDefault(r => r.Id == Before);
        Right = Revisions.FirstOrDefault(r => r.Id == After);
        if (Left is not null && Right is not null)
        {
            var form = Forms.GetValueOrDefault(RecordType!);
            Changes = [.. RevisionLog.Compare(Left.Snapshot, Right.Snapshot).Select(change => new HistoryChange(
                FieldLabels.Of(change.Field, T),
                WordDiff.Of(FieldLabels.Show(change.Before, T, form, change.Field), FieldLabels.Show(change.After, T, form, change.Field))))];
        }

        var authorIds = Revisions.Select(r => r.UserId).OfType<string>().Distinct().ToList();
        Authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        return Page();
    }

    /// <summary>The record as it is now (its address, version and names); null when it no longer exists (its revisions remain).</summary>
    private Task<EditedRecord?> CurrentAsync(CancellationToken cancellationToken) => (RecordType switch
    {
        RecordTypes.Initiative => db.Initiatives.Where(r => r.Id == Id).AsEdited<Initiative, InitiativeTranslation>(),
        RecordTypes.Event => db.Events.Where(r => r.Id == Id).AsEdited<Event, EventTranslation>(),
        RecordTypes.Organisation => db.Organisations.Where(r => r.Id == Id).AsEdited<Organisation, OrganisationTranslation>(),
        RecordTypes.Person => db.People.Where(r => r.Id == Id).AsEdited<Person, PersonTranslation>(),
        RecordTypes.Framework => db.Frameworks.Where(r => r.Id == Id).AsEdited<PartnershipFramework, PartnershipFrameworkTranslation>(),
        RecordTypes.Pillar => db.Pillars.Where(r => r.Id == Id).AsEdited<Pillar, PillarTranslation>(),
        RecordTypes.CooperationArea or RecordTypes.Crosswalk => db.CooperationAreas.Where(r => r.Id == Id).AsEdited<CooperationArea, CooperationAreaTranslation>(),
        RecordTypes.Country => db.Countries.Where(r => r.Id == Id).AsEdited<Country, CountryTranslation>(),
        // The site pages, the last kind the back office edits (AdminPages); their translations have a title, not a name.
        _ => db.SitePages.AsNoTracking().Where(r => r.Id == Id).Select(r => new EditedRecord(
            r.Id, r.Slug, r.Version, r.OriginalLanguage, r.Translations.Select(t => new NameInLanguage(t.Language, t.Title)).ToList())),
    }).FirstOrDefaultAsync(cancellationToken);
}

/// <summary>A field that differs between two revisions, as an editor reads it: its label and both values as text, the words that changed marked.</summary>
public sealed record HistoryChange(string Label, TextDiff Diff);
