using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Localization;

/// <summary>One language of the portal ("Portal:Languages" in configuration).</summary>
public sealed class LanguageOptions
{
    /// <summary>The code in addresses and in the content's translation rows: "en", "ja", "id".</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The culture dates and numbers are written in: "en-GB", "ja-JP", "id-ID".</summary>
    public string Culture { get; set; } = string.Empty;

    /// <summary>The language's name in itself, as the language switcher shows it: "English", "日本語".</summary>
    public string Name { get; set; } = string.Empty;
}

/// <summary>
/// The languages the portal is read and edited in, from configuration ("Portal:Languages", the first the
/// default), and the interface text of each: the PO file of the same name, Translations/{code}.po built into the
/// portal, or the one in the folder "Portal:TranslationsPath" names (which adds a language or replaces a built-in
/// file without a new build). Adding a language means adding its PO file and one configuration entry.
/// </summary>
/// <remarks>
/// The text classes are read from page models, views, background services and the model binder alike, so the
/// languages are held once per process (<see cref="Configure"/> at start-up), not handed through each of them.
/// Until then — in unit tests — the portal's built-in languages apply.
/// </remarks>
public static class PortalLanguages
{
    private const string ResourcePrefix = "JaifPortal.Web.Translations.";

    private static readonly ConcurrentDictionary<string, TranslationCatalog> Catalogs = new(StringComparer.Ordinal);

    private static Configured _current = new(
        [
            new LanguageOptions { Code = ContentLanguage.English, Culture = "en-GB", Name = "English" },
            new LanguageOptions { Code = ContentLanguage.Japanese, Culture = "ja-JP", Name = "日本語" },
        ],
        translationsPath: null);

    /// <summary>The configured language codes, the default first.</summary>
    public static IReadOnlyList<string> Codes => _current.Codes;

    public static string Default => _current.Codes[0];

    public static bool IsPublished(string? code) => code is not null && _current.Cultures.ContainsKey(code);

    /// <summary>The culture the language writes numbers and dates in; the default language's for an unknown code.</summary>
    public static CultureInfo CultureOf(string code) => _current.Cultures.GetValueOrDefault(code) ?? _current.Cultures[Default];

    /// <summary>The language's name in itself ("日本語"), for the language switcher.</summary>
    public static string NameOf(string code) => _current.Names.GetValueOrDefault(code) ?? code;

    /// <summary>The interface text of a configured language, read once.</summary>
    public static TranslationCatalog CatalogOf(string code) =>
        Catalogs.GetOrAdd(IsPublished(code) ? code : Default, Load);

    /// <summary>Takes the languages from configuration; fails at start-up, not on a page, when one lacks its file.</summary>
    public static void Configure(IReadOnlyList<LanguageOptions> languages, string? translationsPath)
    {
        if (languages.Count == 0)
        {
            throw new InvalidOperationException("Portal:Languages names no language: the portal needs at least one (\"en\").");
        }

        var configured = new Configured(languages, translationsPath);
        foreach (var code in configured.Codes)
        {
            Catalogs[code] = configured.Load(code);
        }

        _current = configured;
        ContentLanguage.Use(configured.Codes);
    }

    private static TranslationCatalog Load(string code) => _current.Load(code);

    private sealed class Configured
    {
        private readonly string? _translationsPath;

        public Configured(IReadOnlyList<LanguageOptions> languages, string? translationsPath)
        {
            _translationsPath = translationsPath;
            Codes = [.. languages.Select(language => language.Code)];
            Cultures = languages.ToDictionary(language => language.Code, language => CultureInfo.GetCultureInfo(language.Culture), StringComparer.Ordinal);
            Names = languages.ToDictionary(language => language.Code, language => language.Name, StringComparer.Ordinal);
        }

        public IReadOnlyList<string> Codes { get; }

        public Dictionary<string, CultureInfo> Cultures { get; }

        public Dictionary<string, string> Names { get; }

        public TranslationCatalog Load(string code)
        {
            var file = _translationsPath is null ? null : Path.Combine(_translationsPath, code + ".po");
            if (file is not null && File.Exists(file))
            {
                return TranslationCatalog.Load(code, file);
            }

            using var builtIn = typeof(PortalLanguages).Assembly.GetManifestResourceStream(ResourcePrefix + code + ".po")
                ?? throw new InvalidOperationException($"Portal:Languages names \"{code}\", but there is no {code}.po among the built-in translations{(file is null ? string.Empty : " nor " + file)}: add its translation file.");
            using var reader = new StreamReader(builtIn, Encoding.UTF8);
            return TranslationCatalog.Parse(code, reader.ReadToEnd(), code + ".po");
        }
    }
}
