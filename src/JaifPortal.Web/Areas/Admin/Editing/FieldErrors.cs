using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using JaifPortal.Web.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// Shows a field's errors next to it, linked to the input with aria-describedby, and all of them in a summary above the
/// form, in the order the form shows the fields.
/// </summary>
public static partial class FieldErrors
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

        ShownOrder(html.ViewContext.HttpContext).Add(key);
        var message = string.Join(" ", entry.Errors.Select(e => e.ErrorMessage));
        return new HtmlString($"<p class=\"field__error\" id=\"{WebUtility.HtmlEncode(Id(key))}-error\">{WebUtility.HtmlEncode(message)}</p>");
    }

    /// <summary>
    /// The summary of the page's errors, each named by its field's label and linked to it. It stands above the form but
    /// lists the errors in the order the form shows them, not the order the checks found them: each field's message notes
    /// its place as the form renders (<see cref="FieldError"/>), and the summary is written out only when the whole page
    /// has rendered (Razor keeps the page, layout included, in a buffer and writes its parts in order at the end).
    /// </summary>
    public static IHtmlContent ErrorSummary(this IHtmlHelper html, AdminText text) =>
        new Summary(html.ViewData.ModelState, ShownOrder(html.ViewContext.HttpContext), text);

    /// <summary>
    /// What the editor reads for a field named like "Form.Figures[2].Label[en]": "Key figures, row 3, Label (English)";
    /// null for a field without a label of its own.
    /// </summary>
    public static string? Label(string key, AdminText text)
    {
        var parts = key.StartsWith("Form.", StringComparison.Ordinal) ? key["Form.".Length..] : key;
        var language = Languages().Match(parts) is { Success: true } found ? found.Groups[1].Value : null;
        var path = Languages().Replace(parts, string.Empty);
        var row = Row().Match(path);
        var field = row.Success ? row.Groups[3].Value : path.Split('.').Last();
        var label = text.FormFieldOrNull(field);
        if (label is null)
        {
            return null;
        }

        if (language is not null)
        {
            label = text.FieldInLanguage(label, PortalLanguages.NameOf(language));
        }

        return row.Success && text.FormFieldOrNull(row.Groups[1].Value) is { } list
            ? text.FieldInRow(list, int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1, label)
            : label;
    }

    private static List<string> ShownOrder(HttpContext context) =>
        context.Items.TryGetValue(typeof(FieldErrors), out var order) ? (List<string>)order! : (List<string>)(context.Items[typeof(FieldErrors)] = new List<string>());

    /// <summary>A language of the dictionaries' keys, "[en]" in "Texts[en].Name" or "Label[en]".</summary>
    [GeneratedRegex(@"\[([a-z]{2,3}(?:-[A-Za-z]+)?)\]")]
    private static partial Regex Languages();

    /// <summary>A row of a list: "Figures[2].Value".</summary>
    [GeneratedRegex(@"^(\w+)\[(\d+)\]\.(\w+)$")]
    private static partial Regex Row();

    private sealed class Summary(ModelStateDictionary state, List<string> shownOrder, AdminText text) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            // Errors of the whole form first, then the fields' in the order shown, then any the form has no place for.
            var errors = state.Where(entry => entry.Value is { Errors.Count: > 0 })
                .Select((entry, added) => (entry.Key, entry.Value!.Errors, Place: entry.Key.Length == 0 ? -1 : shownOrder.IndexOf(entry.Key) is var shown and >= 0 ? shown : shownOrder.Count + added))
                .OrderBy(error => error.Place)
                .ToList();
            if (errors.Count == 0)
            {
                return;
            }

            writer.Write("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" data-error-summary>");
            writer.Write($"<h2 id=\"error-summary-title\">{encoder.Encode(text.ErrorSummaryTitle)}</h2><ul>");
            foreach (var (key, fieldErrors, _) in errors)
            {
                var message = string.Join(" ", fieldErrors.Select(e => e.ErrorMessage));
                if (key.Length == 0)
                {
                    writer.Write($"<li>{encoder.Encode(message)}</li>");
                    continue;
                }

                var shown = Label(key, text) is { } label ? text.ErrorOfField(label, message) : message;
                writer.Write($"<li><a href=\"#{encoder.Encode(Id(key))}\">{encoder.Encode(shown)}</a></li>");
            }

            writer.Write("</ul></div>");
        }
    }
}
