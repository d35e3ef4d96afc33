using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// A Markdown field's text as the public pages will show it, rendered by the portal's own renderer (raw HTML off, so a
/// tag typed in the field comes back as text), for the served module (markdown-field.js) to show beside the field.
/// </summary>
public static class MarkdownPreview
{
    /// <summary>The longest text any Markdown field takes (an initiative's description, a site page's body).</summary>
    public const int MaxLength = 40_000;

    /// <summary>The HTML fragment of the text, or a 400 naming the limit when the text is longer than any field takes.</summary>
    public static IActionResult Of(MarkdownRenderer markdown, string? text, AdminText t) => text is { Length: > MaxLength }
        ? new ContentResult { StatusCode = StatusCodes.Status400BadRequest, Content = t.TooLong(MaxLength), ContentType = "text/plain; charset=utf-8" }
        : new ContentResult { Content = markdown.Render(text).Value, ContentType = "text/html; charset=utf-8" };
}
