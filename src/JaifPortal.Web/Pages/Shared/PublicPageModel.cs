using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>A page read in the language its address names (/en/…, /ja/…): the public pages and the staff dashboards.</summary>
public abstract class LanguagePageModel : PageModel
{
    public string Lang => RouteData.Values["lang"] as string ?? ContentLanguage.English;

    /// <summary>The translation to show for a record in the visitor's language, falling back to the original.</summary>
    public LocalizedText<TTranslation> Text<TTranslation>(ITranslated<TTranslation> record)
        where TTranslation : Translation =>
        Text(record.Translations, record.OriginalLanguage);

    /// <summary>The same, for translations loaded in a projection rather than with their record.</summary>
    public LocalizedText<TTranslation> Text<TTranslation>(IEnumerable<TTranslation> translations, string originalLanguage)
        where TTranslation : Translation =>
        TranslationSelection.Select(translations, Lang, originalLanguage)
            ?? throw new InvalidOperationException($"A {typeof(TTranslation).Name} record has no text in any language.");
}

/// <summary>A public page under /{lang}/; its text object <c>T</c> is the portal's words in the visitor's language (<see cref="UiText"/>).</summary>
public abstract class PublicPageModel : LanguagePageModel
{
    public UiText T => UiText.For(Lang);
}
