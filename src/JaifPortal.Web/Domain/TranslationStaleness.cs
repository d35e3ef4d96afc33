namespace JaifPortal.Web.Domain;

public static class TranslationStaleness
{
    /// <summary>Whether a translation was last written before its original changed.</summary>
    public static bool IsStale<TTranslation>(ITranslated<TTranslation> record, string language)
        where TTranslation : Translation
    {
        if (language == record.OriginalLanguage)
        {
            return false;
        }

        var original = record.Translations.FirstOrDefault(t => t.Language == record.OriginalLanguage);
        var translation = record.Translations.FirstOrDefault(t => t.Language == language);
        return original is not null && translation is not null && translation.TextUpdatedAt < original.TextUpdatedAt;
    }
}
