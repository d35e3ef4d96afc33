using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace JaifPortal.Web.Localization;

/// <summary>
/// A typed view of one room's interface text in one language. Each member of a text class reads the PO entry
/// whose context is the class's name and whose id is the member's name ("UiText" / "SiteName"), so views keep
/// writing <c>T.SiteName</c>, the compiler checks the names, and a test checks that every member has an entry
/// in every configured language. A text the language lacks is the default language's.
/// </summary>
public abstract class PortalText
{
    private readonly TranslationCatalog _catalog;
    private readonly TranslationCatalog _fallback;
    private readonly string _context;

    protected PortalText(string language)
    {
        Language = PortalLanguages.IsPublished(language) ? language : PortalLanguages.Default;
        Culture = PortalLanguages.CultureOf(Language);
        _catalog = PortalLanguages.CatalogOf(Language);
        _fallback = PortalLanguages.CatalogOf(PortalLanguages.Default);
        _context = GetType().Name;
    }

    /// <summary>The language code of the text ("en"); the default language's for a code not configured.</summary>
    public string Language { get; }

    /// <summary>The culture numbers and dates in the text are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The text object of each language, made once: the text classes hold nothing but their language.</summary>
    protected static TText Of<TText>(string language, Func<string, TText> create)
        where TText : PortalText =>
        Cache<TText>.Texts.GetOrAdd(PortalLanguages.IsPublished(language) ? language : PortalLanguages.Default, create);

    /// <summary>The text of the member calling it.</summary>
    protected string Text([CallerMemberName] string id = "") => Find(_context, id, catalog => catalog.Find);

    /// <summary>The text of an entry that is not a member of its own, such as "InitiativeKind.Programme".</summary>
    protected string Entry(string id) => Text(id);

    /// <summary>The entries "{prefix}.{key}", read like a dictionary.</summary>
    protected TextMap<TKey> Map<TKey>(string prefix)
        where TKey : notnull =>
        new(Entry, prefix);

    /// <summary>The text of an entry a language may leave out, or null when neither it nor the default language has it.</summary>
    protected string? OptionalEntry(string id)
    {
        var key = TranslationCatalog.Key(_context, id);
        return _catalog.Find(key) ?? _fallback.Find(key);
    }

    /// <summary>The member's text with its placeholders ({0}, {1:N0}) filled in the language's culture.</summary>
    protected string Format(object?[] arguments, [CallerMemberName] string id = "") =>
        string.Format(Culture, Text(id), arguments);

    /// <summary>The member's text in the plural form the count takes in the language; {0} is the count, the arguments follow.</summary>
    protected string Plural(long count, object?[]? arguments = null, [CallerMemberName] string id = "") =>
        string.Format(Culture, Find(_context, id, catalog => key => catalog.FindPlural(key, count)), [count, .. arguments ?? []]);

    /// <summary>
    /// A list as the language writes one: "a, b and c" in English, "a・b・c" in Japanese (the separators are the
    /// language's entries "List" / "Separator" and "LastSeparator").
    /// </summary>
    protected string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count < 2
            ? string.Concat(all)
            : string.Join(ListText("Separator"), all.Take(all.Count - 1)) + ListText("LastSeparator") + all[^1];
    }

    /// <summary>
    /// A list of nouns inside a sentence: in lower case where the language writes them so mid-sentence (its entry
    /// "List" / "LowerCaseInSentence" is "yes", as in English: "Narrows initiatives and events").
    /// </summary>
    protected string ListInSentence(IEnumerable<string> nouns) =>
        List(ListText("LowerCaseInSentence") == "yes" ? nouns.Select(Culture.TextInfo.ToLower) : nouns);

    private string ListText(string id) => Find("List", id, catalog => catalog.Find);

    private string Find(string context, string id, Func<TranslationCatalog, Func<string, string?>> lookup)
    {
        var key = TranslationCatalog.Key(context, id);
        return lookup(_catalog)(key) ?? lookup(_fallback)(key)
            ?? throw new KeyNotFoundException($"There is no text {context}/{id} in {_fallback.Language}.po: add it to every language's file.");
    }

    private static class Cache<TText>
    {
        public static readonly ConcurrentDictionary<string, TText> Texts = new(StringComparer.Ordinal);
    }
}

/// <summary>Entries that share a prefix, read like a dictionary: <c>T.AuditActions[entry.Action]</c> is the entry "AuditAction.SignedOut".</summary>
public sealed class TextMap<TKey>
    where TKey : notnull
{
    private readonly Func<string, string> _entry;
    private readonly string _prefix;

    internal TextMap(Func<string, string> entry, string prefix)
    {
        _entry = entry;
        _prefix = prefix;
    }

    public string this[TKey key] => _entry($"{_prefix}.{key}");
}
