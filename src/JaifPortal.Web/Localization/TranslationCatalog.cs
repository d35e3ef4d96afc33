using System.Text;

namespace JaifPortal.Web.Localization;

/// <summary>
/// The interface text of one language, read from a gettext PO file (what Poedit, Weblate or Crowdin open).
/// Entries are keyed by msgctxt and msgid: the context names the text's room (the typed text class, "UiText") and
/// the id its member ("SiteName"), not an English sentence, so an English wording fix changes no key. An entry with
/// msgid_plural holds one text per plural form, chosen by the file's Plural-Forms header. Comments (#), obsolete entries (#~) and fuzzy flags are honoured as gettext
/// tools write them: a fuzzy entry is not yet translated and is left out.
/// </summary>
public sealed class TranslationCatalog
{
    private readonly Dictionary<string, string[]> _entries;

    private TranslationCatalog(string language, Dictionary<string, string[]> entries, PluralRule plurals)
    {
        Language = language;
        _entries = entries;
        Plurals = plurals;
    }

    public string Language { get; }

    public PluralRule Plurals { get; }

    /// <summary>The keys of the file, each as <see cref="Key"/> writes it.</summary>
    public IReadOnlyCollection<string> Keys => _entries.Keys;

    /// <summary>The key of an entry: gettext's own, the context and the id joined by an EOT character.</summary>
    public static string Key(string? context, string id) => context is null ? id : context + '\u0004' + id;

    /// <summary>How many forms the entry of the key has (several for a plural), or 0 when this language lacks it.</summary>
    public int FormCount(string key) => _entries.TryGetValue(key, out var forms) ? forms.Length : 0;

    /// <summary>The text of the key (its first form), or null when this language lacks it.</summary>
    public string? Find(string key) => _entries.TryGetValue(key, out var forms) ? forms[0] : null;

    /// <summary>The form of the key for the number, or null when this language lacks it.</summary>
    public string? FindPlural(string key, long number) =>
        _entries.TryGetValue(key, out var forms) ? forms[Math.Clamp(Plurals.FormOf(number), 0, forms.Length - 1)] : null;

    public static TranslationCatalog Load(string language, string path) => Parse(language, File.ReadAllText(path, Encoding.UTF8), path);

    public static TranslationCatalog Parse(string language, string text, string source = "PO text")
    {
        var entries = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var header = string.Empty;
        var entry = new EntryBuilder();
        string? field = null;
        var lineNumber = 0;

        void Finish()
        {
            if (entry.Id is null)
            {
                entry = new EntryBuilder();
                return;
            }

            if (entry.Id.Length == 0)
            {
                header = entry.Forms.GetValueOrDefault(0) ?? string.Empty;
            }
            else if (!entry.Fuzzy && entry.Forms.Count > 0 && entry.Forms.Values.All(form => form.Length > 0))
            {
                if (!entries.TryAdd(Key(entry.Context, entry.Id), [.. entry.Forms.OrderBy(form => form.Key).Select(form => form.Value)]))
                {
                    throw new FormatException($"{source}: the key \"{entry.Context}/{entry.Id}\" appears twice.");
                }
            }

            entry = new EntryBuilder();
        }

        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0)
            {
                Finish();
                field = null;
                continue;
            }

            // A comment after a text starts the next entry, even without the blank line tools write between them.
            if (line.StartsWith('#') && entry.Forms.Count > 0)
            {
                Finish();
                field = null;
            }

            if (line.StartsWith("#,", StringComparison.Ordinal))
            {
                entry.Fuzzy |= line.Contains("fuzzy", StringComparison.Ordinal);
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('"'))
            {
                entry.Append(field ?? throw new FormatException($"{source}, line {lineNumber}: text outside an entry."), Unquote(line, source, lineNumber));
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                throw new FormatException($"{source}, line {lineNumber}: expected a keyword and a quoted text.");
            }

            var keyword = line[..space];
            if ((keyword is "msgctxt" && (entry.Context is not null || entry.Id is not null)) || (keyword is "msgid" && entry.Id is not null))
            {
                Finish();
            }

            field = keyword;
            entry.Append(keyword, Unquote(line[(space + 1)..].Trim(), source, lineNumber));
        }

        Finish();
        return new TranslationCatalog(language, entries, PluralRule.FromHeader(header));
    }

    private static string Unquote(string quoted, string source, int lineNumber)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            throw new FormatException($"{source}, line {lineNumber}: expected a quoted text.");
        }

        var text = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var character = quoted[i];
            if (character != '\\')
            {
                text.Append(character);
                continue;
            }

            i++;
            text.Append(quoted[i] switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '"' => '"',
                '\\' => '\\',
                var other => throw new FormatException($"{source}, line {lineNumber}: unknown escape \\{other}."),
            });
        }

        return text.ToString();
    }

    /// <summary>One entry as it is read, keyword by keyword (a text may continue over several quoted lines).</summary>
    private sealed class EntryBuilder
    {
        public string? Context { get; private set; }

        public string? Id { get; private set; }

        public bool Fuzzy { get; set; }

        public SortedDictionary<int, string> Forms { get; } = [];

        public void Append(string keyword, string text)
        {
            switch (keyword)
            {
                case "msgid":
                    Id = (Id ?? string.Empty) + text;
                    break;
                case "msgstr":
                    Forms[0] = Forms.GetValueOrDefault(0) + text;
                    break;
                case var plural when plural.StartsWith("msgstr[", StringComparison.Ordinal) && plural.EndsWith(']'):
                    var form = int.Parse(plural["msgstr[".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
                    Forms[form] = Forms.GetValueOrDefault(form) + text;
                    break;
                case "msgctxt":
                    Context = (Context ?? string.Empty) + text;
                    break;
                case "msgid_plural":
                    // The key is the msgid; the plural's texts are the msgstr[n] of each language's own file.
                    break;
                default:
                    throw new FormatException($"Unknown PO keyword {keyword}.");
            }
        }
    }
}
