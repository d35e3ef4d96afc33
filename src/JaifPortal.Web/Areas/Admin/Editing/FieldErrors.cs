using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>Shows a field's errors next to it, linked to the input with aria-describedby.</summary>
public static class FieldErrors
{
    /// <summary>The element id of an input named like "Form.Texts[en].Name".</summary>
    public static string Id(string key) => key.Replace('.', '_').Replace('[', '_').Replace("]", string.Empty, StringComparison.Ordinal);

    public static bool HasFieldError(this IHtmlHelper html, string key) =>
        html.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public static string AriaInvalid(this IHtmlHelper html, string key) => html.HasFieldError(key) ? "true" : "false";

    /// <summary>The id of the field's error message, for aria-describedby; null when it has none.</summary>
    public static string? FieldErrorId(this IHtmlHelper html, string key) => html.HasFieldError(key) ? Id(key) + "-error" : null;

    public static IHtmlContent FieldError(this IHtmlHelper html, string key)
    {
        if (!html.ViewData.ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            return HtmlString.Empty;
        }

        var message = string.Join(" ", entry.Errors.Select(e => e.ErrorMessage));
        return new HtmlString($"<p class=\"field__error\" id=\"{WebUtility.HtmlEncode(Id(key))}-error\">{WebUtility.HtmlEncode(message)}</p>");
    }
}
