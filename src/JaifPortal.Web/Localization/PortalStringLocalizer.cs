using System.Globalization;
using Microsoft.Extensions.Localization;

namespace JaifPortal.Web.Localization;

/// <summary>
/// The portal's interface text in the reader's language (the request's UI culture): ASP.NET Core's
/// <see cref="IStringLocalizer"/> over the PO files of <see cref="PortalLanguages"/>. A key the language lacks
/// falls back to the default language's text (reported as not found, so a test can tell), then to the key.
/// Arguments format through the reader's culture, so numbers and dates read as the language writes them.
/// </summary>
public sealed class PortalStringLocalizer(PortalLanguages languages) : IStringLocalizer
{
    public LocalizedString this[string name] => Localize(name, null);

    public LocalizedString this[string name, params object[] arguments] => Localize(name, arguments);

    /// <summary>The form of the text for the count ({0} is the count, further arguments follow it).</summary>
    public LocalizedString Plural(long count, string name, params object[] arguments)
    {
        var (catalog, fallback) = Catalogs();
        var text = catalog.FindPlural(name, count) ?? fallback.FindPlural(name, count);
        object[] all = [count, .. arguments];
        return new LocalizedString(name, text is null ? name : string.Format(CultureInfo.CurrentCulture, text, all), text is null || catalog.Find(name) is null);
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var (catalog, _) = Catalogs();
        return catalog.Keys.Select(key => new LocalizedString(key, catalog.Find(key)!));
    }

    private LocalizedString Localize(string name, object[]? arguments)
    {
        var (catalog, fallback) = Catalogs();
        var text = catalog.Find(name) ?? fallback.Find(name);
        var value = text is null ? name : arguments is { Length: > 0 } ? string.Format(CultureInfo.CurrentCulture, text, arguments) : text;
        return new LocalizedString(name, value, resourceNotFound: text is null || catalog.Find(name) is null);
    }

    private (TranslationCatalog Catalog, TranslationCatalog Fallback) Catalogs() =>
        (languages.CatalogOf(CultureInfo.CurrentUICulture), languages.CatalogOf(languages.Default));
}

public static class PluralLocalization
{
    /// <summary>The text of the key in the plural form the count takes in the reader's language; {0} is the count.</summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, long count, string name, params object[] arguments) =>
        localizer is PortalStringLocalizer portal ? portal.Plural(count, name, arguments) : localizer[name, [count, .. arguments]];
}
