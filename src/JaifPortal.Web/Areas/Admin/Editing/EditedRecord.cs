using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Editing;

public sealed record NameInLanguage(string Language, string Name);

/// <summary>A record as the back office names it in headings and lists: its address, its version and its name in each language.</summary>
public sealed record EditedRecord(int Id, string Slug, uint Version, string OriginalLanguage, List<NameInLanguage> Names)
{
    /// <summary>The name in the reader's language, else in the original language, else the address (in the reader's language).</summary>
    public NameInLanguage NameIn(string language) =>
        Names.Where(name => name.Language == language).Concat(Names.Where(name => name.Language == OriginalLanguage))
            .FirstOrDefault(name => !string.IsNullOrWhiteSpace(name.Name)) ?? new NameInLanguage(language, Slug);
}

public static class EditedRecords
{
    /// <summary>Reads only what names the records, one projection for every kind of named record.</summary>
    public static IQueryable<EditedRecord> AsEdited<TRecord, TTranslation>(this IQueryable<TRecord> records)
        where TRecord : class, INamedRecord<TTranslation>
        where TTranslation : Translation, INamedTranslation =>
        records.AsNoTracking().Select(r => new EditedRecord(
            r.Id, r.Slug, r.Version, r.OriginalLanguage, r.Translations.Select(t => new NameInLanguage(t.Language, t.Name)).ToList()));
}
