using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace JaifPortal.Web.Areas.Discovery.Search;

/// <summary>
/// Marks the searched words in a text. Every piece of the text is HTML-encoded; only the
/// portal's own &lt;mark&gt; tags are added around encoded matches, so nothing typed or stored is rendered raw.
/// </summary>
public static class Highlighter
{
    public static IHtmlContent Highlight(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }

        var marked = new bool[text.Length];
        foreach (var term in terms)
        {
            var start = 0;
            while (start < text.Length)
            {
                var found = text.IndexOf(term, start, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                Array.Fill(marked, true, found, Math.Min(term.Length, text.Length - found));
                start = found + Math.Max(term.Length, 1);
            }
        }

        var html = new HtmlContentBuilder();
        var index = 0;
        while (index < text.Length)
        {
            var end = index;
            while (end < text.Length && marked[end] == marked[index])
            {
                end++;
            }

            var piece = HtmlEncoder.Default.Encode(text[index..end]);
            html.AppendHtml(marked[index] ? "<mark>" + piece + "</mark>" : piece);
            index = end;
        }

        return html;
    }

    /// <summary>A short plain-text excerpt, around the first match if there is one.</summary>
    public static string? Excerpt(string? text, IReadOnlyList<string> terms, int length = 200)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Markdown emphasis and headings read as noise in an excerpt.
        var plain = string.Join(' ', text.Replace("**", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word is not ("-" or "#" or "##" or "###")));
        if (plain.Length <= length)
        {
            return plain;
        }

        var first = terms.Select(term => plain.IndexOf(term, StringComparison.OrdinalIgnoreCase))
            .Where(position => position >= 0)
            .DefaultIfEmpty(0)
            .Min();
        var start = Math.Clamp(first - (length / 3), 0, plain.Length - length);
        if (start > 0 && char.IsLowSurrogate(plain[start]))
        {
            start--;
        }

        var end = Math.Min(start + length, plain.Length);
        if (end < plain.Length && char.IsHighSurrogate(plain[end - 1]))
        {
            end--;
        }

        return (start > 0 ? "…" : string.Empty) + plain[start..end].Trim() + (end < plain.Length ? "…" : string.Empty);
    }
}
