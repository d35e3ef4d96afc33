using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The languages a record page has its own text in, which are all the layout advertises as hreflang alternates (and the
/// sitemap lists). The page in another language still answers, in that language's interface with the record's text in
/// its own language and a note (a reader who switches keeps their interface), but it is not a version of the record:
/// its canonical link names the page in the language it shows, and no alternate points to it.
/// </summary>
public sealed record PageLanguages(IReadOnlyList<string> Languages, string Shown)
{
    private const string Key = nameof(PageLanguages);

    public static void Set<TTranslation>(ViewDataDictionary viewData, IEnumerable<TTranslation> translations, LocalizedText<TTranslation> shown)
        where TTranslation : Translation =>
        viewData[Key] = new PageLanguages(WithText(translations), shown.Language);

    /// <summary>The published languages in which the record's text is published, in the configured order.</summary>
    public static IReadOnlyList<string> WithText<TTranslation>(IEnumerable<TTranslation> translations)
        where TTranslation : Translation =>
        Among(translations.Where(t => t.IsPublished).Select(t => t.Language));

    /// <summary>The published languages among <paramref name="languages"/> (a record's published texts), in the configured order.</summary>
    public static IReadOnlyList<string> Among(IEnumerable<string> languages)
    {
        var given = languages.ToHashSet(StringComparer.Ordinal);
        return [.. ContentLanguage.Published.Where(given.Contains)];
    }

    /// <summary>What the page in <paramref name="language"/> advertises: a page that is not a record's has every language.</summary>
    public static PageLanguages Of(ViewDataDictionary viewData, string language) =>
        viewData[Key] is PageLanguages record && record.Languages.Count > 0 ? record : new(ContentLanguage.Published, language);

    /// <summary>The language of the page's canonical address: its own, or, where the record has no text in it, the one shown.</summary>
    public string CanonicalFor(string language) => Languages.Contains(language) ? language : Shown;

    /// <summary>The alternate for readers of any other language: the default language's page when it has text, else the first.</summary>
    public string Default => Languages.Contains(ContentLanguage.Published[0]) ? ContentLanguage.Published[0] : Languages[0];
}
