using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Structure;

/// <summary>
/// The edit page of a structural record (the framework, a pillar, a cooperation area; the countries and the site's
/// own pages): its texts in every language, and the record's own facts when it has any (<typeparamref name="TForm"/>).
/// These records are always public and have no publication workflow, so a save goes live at once; it is saved
/// together with a revision, and a save based on an older version is refused. Everyone allowed into the page's folder
/// may read it; saving is checked on the server against <see cref="EditPolicy"/>.
/// </summary>
public abstract class StructureEditorPageModel<TRecord, TTranslation, TText, TForm>(
    PortalDbContext db,
    RevisionLog revisions,
    UserManager<PortalUser> users,
    IAuthorizationService authorization,
    TimeProvider clock) : AdminPageModel
    where TRecord : class, ITranslated<TTranslation>
    where TTranslation : Translation
    where TText : LanguageText, new()
    where TForm : StructureForm<TText>, new()
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>The version the editor started from (PostgreSQL's xmin), to refuse a save over someone else's.</summary>
    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public TRecord? Record { get; private set; }

    public bool CanEdit { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<FieldChange> Conflict { get; private set; } = [];

    public string? ConflictBy { get; private set; }

    public StructureEditorText StructureEditorText => StructureEditorText.For(Lang);

    public StructureEditorView View => new(
        Title(StructureEditorText), HeadingName(), RecordType, Record is null ? Id ?? 0 : Key(Record), Record is null ? string.Empty : Slug(Record),
        Record?.OriginalLanguage ?? string.Empty, Version, Note, CanEdit, Saved, Problem, Conflict, ConflictBy,
        Record is null ? [] : [.. ContentLanguage.Published.Select(language => new StructureLanguage(
            language, language == Record.OriginalLanguage, TranslationStaleness.IsStale(Record, language),
            Form.Text(language).State, Fields($"Form.Texts[{language}].", Form.Text(language), language == Record.OriginalLanguage)))],
        T, StructureEditorText, FactFields, IndexPage.Page, IndexPage.Title);

    protected PortalDbContext Db => db;

    /// <summary>Who may save: editors for the plan's structure, administrators for what only they change.</summary>
    protected virtual string EditPolicy => PortalPolicies.EditContent;

    /// <summary>The page listing these records, which the editor links back to, and its title.</summary>
    protected virtual (string Page, string Title) IndexPage => ("/Structure/Index", StructureEditorText.Structure);

    /// <summary>The inputs of the record's own facts, shown above the language columns; none by default.</summary>
    protected virtual IReadOnlyList<StructureField> FactFields => [];

    /// <summary>The name revisions give this record type, e.g. "Pillar".</summary>
    protected abstract string RecordType { get; }

    protected abstract string Title(StructureEditorText text);

    /// <summary>Loads the record with its translations, tracked for saving.</summary>
    protected abstract Task<TRecord?> LoadAsync(int? id, CancellationToken cancellationToken);

    protected abstract int Key(TRecord record);

    protected abstract string Slug(TRecord record);

    /// <summary>What names the record in one language's text (its name, a site page's title).</summary>
    protected abstract string? NameOf(TText text);

    /// <summary>The record's saved name in the editor's language, else in its original language, else its address, as the History page heads it.</summary>
    private NameInLanguage HeadingName() =>
        Record is null
            ? new NameInLanguage(Lang, string.Empty)
            : new EditedRecord(Key(Record), Slug(Record), Version, Record.OriginalLanguage,
                [.. Record.Translations.Select(translation => new NameInLanguage(translation.Language, NameOf(ToText(translation)) ?? string.Empty))]).NameIn(Lang);

    protected abstract TText ToText(TTranslation translation);

    protected abstract TTranslation NewTranslation(string language);

    /// <summary>Writes one language's text onto its translation; tells whether the text changed.</summary>
    protected abstract bool WriteText(TTranslation translation, TText text);

    /// <summary>The inputs of one language column, also what validation checks.</summary>
    protected abstract IReadOnlyList<StructureField> Fields(string prefix, TText text, bool isOriginal);

    /// <summary>Copies the record's own facts onto the form.</summary>
    protected virtual void ReadFacts(TRecord record, TForm form)
    {
    }

    /// <summary>Checks the form's facts, adding a message to the field at fault.</summary>
    protected virtual void ValidateFacts(FormChecks check)
    {
    }

    /// <summary>Writes the form's facts (already checked) onto the record.</summary>
    protected virtual void WriteFacts(TRecord record, DateTimeOffset now)
    {
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Record = await LoadAsync(Id, cancellationToken);
        if (Record is null)
        {
            return NotFound();
        }

        Form = ToForm(Record);
        Version = RowVersion(Record);
        return await ShowAsync();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        SaveAsync(RevisionKind.Saved, cancellationToken);

    /// <summary>Restores an earlier revision as a new one (from the history page); the revisions in between stay.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(long revision, CancellationToken cancellationToken)
    {
        var earlier = await db.Revisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revision && r.RecordType == RecordType && r.RecordId == Id, cancellationToken);
        if (earlier is null)
        {
            return NotFound();
        }

        Form = EditorJson.Deserialize<TForm>(earlier.Snapshot);
        Note ??= $"#{earlier.Number}";
        return await SaveAsync(RevisionKind.Restored, cancellationToken);
    }

    /// <summary>A Markdown field's text as the public pages will show it, for whoever may save these records.</summary>
    public async Task<IActionResult> OnPostMarkdownPreviewAsync(string? text, [FromServices] MarkdownRenderer markdown)
    {
        if (!await AllowedAsync(EditPolicy))
        {
            return ForbidBy(EditPolicy);
        }

        return MarkdownPreview.Of(markdown, text, T);
    }

    private async Task<IActionResult> SaveAsync(RevisionKind kind, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(EditPolicy))
        {
            return ForbidBy(EditPolicy);
        }

        var record = await LoadAsync(Id, cancellationToken);
        if (record is null)
        {
            Problem = T.RecordGone;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return await ShowAsync();
        }

        Record = record;
        foreach (var text in Form.Texts.Values)
        {
            // Structural records are always public: every language that has text is shown.
            text.Publish = true;
        }

        Validate(record.OriginalLanguage);
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }

        db.Entry(record).Property(nameof(Version)).OriginalValue = Version;
        var now = clock.GetUtcNow();
        WriteFacts(record, now);
        foreach (var language in ContentLanguage.Published)
        {
            var text = Form.Text(language);
            TranslationWriter.Write(record.Translations, language, text, () => NewTranslation(language), translation => WriteText(translation, text), now);
        }

        // The texts live in their own table; touching the record itself makes PostgreSQL check and move its version.
        db.Entry(record).Property(nameof(PartnershipFramework.OriginalLanguage)).IsModified = true;
        var user = await users.GetUserAsync(User);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await revisions.AddAsync(RecordType, Key(record), kind, EditorJson.Serialize(Form), user, Note, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ShowConflictAsync(Key(record), cancellationToken);
        }

        return RedirectToPage(new { id = Key(record), saved = true });
    }

    private void Validate(string originalLanguage)
    {
        var check = new FormChecks(ModelState, T);
        ValidateFacts(check);
        foreach (var language in ContentLanguage.Published)
        {
            var text = Form.Text(language);
            var isOriginal = language == originalLanguage;
            var fields = Fields($"Form.Texts[{language}].", text, isOriginal);
            foreach (var field in fields)
            {
                var needed = field.Required && (isOriginal || !text.IsEmpty);
                if (needed && !isOriginal && field == fields[0] && string.IsNullOrWhiteSpace(field.Value))
                {
                    // A translation that has any text needs a name.
                    ModelState.AddModelError(field.Key, T.NameNeededForText);
                    continue;
                }

                check.Text(field.Key, field.Value, field.MaxLength, needed);
            }
        }
    }

    private async Task<IActionResult> ShowConflictAsync(int id, CancellationToken cancellationToken)
    {
        var mine = Form;
        db.ChangeTracker.Clear();
        var current = await LoadAsync(id, cancellationToken);
        if (current is null)
        {
            Problem = T.RecordGone;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return await ShowAsync();
        }

        var latest = await db.Revisions.AsNoTracking()
            .Where(r => r.RecordType == RecordType && r.RecordId == id)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);
        Record = current;
        Form = mine;
        Version = RowVersion(current);
        Conflict = RevisionLog.Compare(EditorJson.Serialize(mine), EditorJson.Serialize(ToForm(current)));
        ConflictBy = latest is null ? null : T.MergedBy(await revisions.AuthorAsync(latest, cancellationToken), latest.CreatedAt, Zone);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await ShowAsync();
    }

    private TForm ToForm(TRecord record)
    {
        var form = new TForm();
        ReadFacts(record, form);
        foreach (var translation in record.Translations)
        {
            var text = ToText(translation);
            text.State = translation.State;
            text.Publish = true;
            form.Texts[translation.Language] = text;
        }

        return form;
    }

    private uint RowVersion(TRecord record) => db.Entry(record).Property<uint>(nameof(Version)).CurrentValue;

    private async Task<IActionResult> ShowAsync()
    {
        CanEdit = await AllowedAsync(EditPolicy);
        return Page();
    }

    private async Task<bool> AllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}

/// <summary>A structural record whose form holds its texts only.</summary>
public abstract class StructureEditorPageModel<TRecord, TTranslation, TText>(
    PortalDbContext db,
    RevisionLog revisions,
    UserManager<PortalUser> users,
    IAuthorizationService authorization,
    TimeProvider clock) : StructureEditorPageModel<TRecord, TTranslation, TText, StructureForm<TText>>(db, revisions, users, authorization, clock)
    where TRecord : class, ITranslated<TTranslation>
    where TTranslation : Translation
    where TText : LanguageText, new();
