using System.Text;
using JaifPortal.Web.Data;

namespace JaifPortal.Web.Areas.Discovery.Search;

/// <summary>What a visitor typed, made safe to search with: controls removed, white space folded, length clamped.</summary>
public sealed record SearchQuery(string Text, bool WasClamped)
{
    /// <summary>The query key of the search text.</summary>
    public const string Key = "q";

    public const int MinLength = 2;

    public const int MaxLength = 200;

    public static SearchQuery From(string? input)
    {
        var builder = new StringBuilder();
        var lastWasSpace = true;
        foreach (var character in input ?? string.Empty)
        {
            // NUL and other control characters cannot reach PostgreSQL text and mean nothing in a search.
            var isSpace = char.IsWhiteSpace(character) || char.IsControl(character);
            if (isSpace && lastWasSpace)
            {
                continue;
            }

            builder.Append(isSpace ? ' ' : character);
            lastWasSpace = isSpace;
        }

        var text = builder.ToString().TrimEnd();
        if (text.Length <= MaxLength)
        {
            return new SearchQuery(text, false);
        }

        // Never cut a surrogate pair in half.
        var length = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return new SearchQuery(text[..length].TrimEnd(), true);
    }

    public bool IsEmpty => Text.Length == 0;

    public bool IsTooShort => !IsEmpty && Text.Length < MinLength;

    /// <summary>
    /// The text when it is exactly two characters, which pg_trgm cannot index (a trigram needs three):
    /// search then looks for the pair in its search_bigrams() indexes. Null otherwise.
    /// </summary>
    public string? CharacterPair => Text.EnumerateRunes().Count() == 2 ? Text : null;

    /// <summary>An ILIKE pattern matching the text anywhere, with the pattern characters %, _ and \ escaped.</summary>
    public string ContainsPattern => LikePattern.Containing(Text);

    /// <summary>The words to highlight: the whole text and each word of it, longest first, quotes and leading minus signs removed.</summary>
    public IReadOnlyList<string> HighlightTerms =>
        Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('"', '\'').TrimStart('-'))
            .Prepend(Text.Replace("\"", string.Empty, StringComparison.Ordinal))
            .Where(word => word.Length >= MinLength && !string.Equals(word, "or", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(word => word.Length)
            .ToList();
}
