namespace JaifPortal.Web.Domain;

/// <summary>
/// The translation chosen for a reader: the one in their language when it exists, otherwise the
/// original-language one, marked as a fallback so the page can say so instead of showing nothing.
/// </summary>
public sealed record LocalizedText<TTranslation>(TTranslation Text, string RequestedLanguage)
    where TTranslation : Translation
{
    public bool IsFallback => Text.Language != RequestedLanguage;

    public string Language => Text.Language;
}

public static class TranslationSelection
{
    public static LocalizedText<TTranslation>? Localize<TTranslation>(
        this ITranslated<TTranslation> record, string language)
        where TTranslation : Translation =>
        Select(record.Translations, language, record.OriginalLanguage);

    public static LocalizedText<TTranslation>? Select<TTranslation>(
        IEnumerable<TTranslation> translations, string language, string originalLanguage)
        where TTranslation : Translation
    {
        // Only languages chosen for publication reach the public.
        var available = translations.Where(t => t.IsPublished).ToList();
        var chosen = available.FirstOrDefault(t => t.Language == language)
            ?? available.FirstOrDefault(t => t.Language == originalLanguage)
            ?? available.OrderBy(t => t.Language, StringComparer.Ordinal).FirstOrDefault();
        return chosen is null ? null : new LocalizedText<TTranslation>(chosen, language);
    }
}
