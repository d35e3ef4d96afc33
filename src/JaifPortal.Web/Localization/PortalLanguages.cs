using System.Globalization;

namespace JaifPortal.Web.Localization;

/// <summary>One language of the portal ("Portal:Languages" in configuration).</summary>
public sealed class LanguageOptions
{
    /// <summary>The code in addresses and in the content's translation rows: "en", "ja", "id".</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The culture dates and numbers are written in: "en-GB", "ja-JP", "id-ID".</summary>
    public string Culture { get; set; } = string.Empty;
}

/// <summary>
/// The languages the portal is read and edited in, from configuration ("Portal:Languages", the first the
/// default), and the interface text of each, from the PO file of the same name in "Portal:TranslationsPath"
/// (Translations/en.po, Translations/ja.po). Adding a language means adding its PO file and one entry here;
/// the content's own texts are translation rows in the database.
/// </summary>
public sealed class PortalLanguages
{
    private readonly Dictionary<string, TranslationCatalog> _catalogs;

    public PortalLanguages(IReadOnlyList<LanguageOptions> languages, string translationsPath)
    {
        if (languages.Count == 0)
        {
            throw new InvalidOperationException("Portal:Languages names no language: the portal needs at least one (\"en\").");
        }

        Codes = [.. languages.Select(language => language.Code)];
        Cultures = languages.ToDictionary(language => language.Code, language => CultureInfo.GetCultureInfo(language.Culture), StringComparer.Ordinal);
        _catalogs = languages.ToDictionary(
            language => language.Code,
            language =>
            {
                var path = Path.Combine(translationsPath, language.Code + ".po");
                return File.Exists(path)
                    ? TranslationCatalog.Load(language.Code, path)
                    : throw new InvalidOperationException($"Portal:Languages names \"{language.Code}\", but there is no {path}: add its translation file.");
            },
            StringComparer.Ordinal);
    }

    /// <summary>The configured language codes, the default first.</summary>
    public IReadOnlyList<string> Codes { get; }

    public string Default => Codes[0];

    public IReadOnlyDictionary<string, CultureInfo> Cultures { get; }

    public bool IsPublished(string? code) => code is not null && _catalogs.ContainsKey(code);

    public TranslationCatalog CatalogOf(string code) => _catalogs.GetValueOrDefault(code) ?? _catalogs[Default];

    /// <summary>The catalog of the language a culture belongs to ("ja-JP" and "ja" alike), or the default's.</summary>
    public TranslationCatalog CatalogOf(CultureInfo culture) =>
        _catalogs.GetValueOrDefault(culture.Name) ?? _catalogs.GetValueOrDefault(culture.TwoLetterISOLanguageName) ?? _catalogs[Default];
}
