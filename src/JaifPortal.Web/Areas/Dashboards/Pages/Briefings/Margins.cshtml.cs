using System.Globalization;
using System.Text;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Dashboards.Pages.Briefings;

/// <summary>
/// The running head and foot of a printed pack as @page margin boxes: a margin box's text can only come from a
/// stylesheet, and the strict CSP allows no inline style, so each pack links this one with its own head and foot.
/// Every character but letters, digits and spaces is written as a CSS escape, so no text can end the string.
/// </summary>
public sealed class MarginsModel : LanguagePageModel
{
    /// <summary>Long enough for a pack's title, date and classification line; anything longer is cut.</summary>
    public const int MaximumLength = 300;

    public IActionResult OnGet([FromQuery] string? head, [FromQuery] string? foot) =>
        Content(
            $$"""
            @page {
                @top-left { content: "{{CssString(head)}}"; }
                @bottom-left { content: "{{CssString(foot)}}"; }
            }
            """,
            "text/css; charset=utf-8");

    public static string CssString(string? text)
    {
        var value = text ?? string.Empty;
        var builder = new StringBuilder();
        foreach (var rune in (value.Length > MaximumLength ? value[..MaximumLength] : value).EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == ' '))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append('\\').Append(rune.Value.ToString("x6", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
