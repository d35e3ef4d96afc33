using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Structure;

/// <summary>The framework, then each pillar with its cooperation areas in the plan's table order, with each language's state.</summary>
public sealed class IndexModel(PortalDbContext db) : AdminPageModel
{
    public StructureEditorText StructureEditorText => StructureEditorText.For(Lang);

    public PartnershipFramework? Framework { get; private set; }

    public IReadOnlyList<Pillar> Pillars { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Framework = await db.Frameworks.AsNoTracking().Include(f => f.Translations).OrderBy(f => f.Id).FirstOrDefaultAsync(cancellationToken);
        Pillars = await db.Pillars.AsNoTracking()
            .Include(p => p.Translations)
            .Include(p => p.Areas.OrderBy(a => a.SortOrder).ThenBy(a => a.Id)).ThenInclude(a => a.Translations)
            .AsSplitQuery()
            .OrderBy(p => p.Number)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The record's name in the editor's language, else in its original language, else its slug.</summary>
    public string NameOf<TTranslation>(ITranslated<TTranslation> record, Func<TTranslation, string> name, string slug)
        where TTranslation : Translation
    {
        var translation = record.Translations.FirstOrDefault(t => t.Language == Lang)
            ?? record.Translations.FirstOrDefault(t => t.Language == record.OriginalLanguage);
        return translation is null || string.IsNullOrWhiteSpace(name(translation)) ? slug : name(translation);
    }

    /// <summary>Each language's state: its translation state, "stale" when older than the original, or "no text".</summary>
    public IEnumerable<(string Language, string State)> States<TTranslation>(ITranslated<TTranslation> record)
        where TTranslation : Translation
    {
        foreach (var language in ContentLanguage.Published)
        {
            var translation = record.Translations.FirstOrDefault(t => t.Language == language);
            var state = translation is null ? StructureEditorText.NoText : T.Describe(translation.State);
            if (TranslationStaleness.IsStale(record, language))
            {
                state = T.StateWithStaleNote(state);
            }

            yield return (language, state);
        }
    }
}
