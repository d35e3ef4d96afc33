using System.Text.Json;
using System.Text.Json.Nodes;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// How editors read a field of a revision: by the label the form gives it ("Summary (English)", not
/// "texts.en.summary") and its value as text, not JSON.
/// </summary>
public static class FieldLabels
{
    /// <summary>The label of a field named by its path in a revision's JSON, in the editor's language.</summary>
    public static string Of(string field, AdminText text)
    {
        var names = field.Split('.');
        var language = names.FirstOrDefault(ContentLanguage.IsPublished);
        var property = names.Last(name => name != language);
        var label = text.FormFields[char.ToUpperInvariant(property[0]) + property[1..]];
        return language is null ? label : text.FieldInLanguage(label, PortalLanguages.NameOf(language));
    }

    /// <summary>
    /// A field's value (JSON) as an editor reads it: a text as it is, a list one item a line, a row as its
    /// values joined by " · ".
    /// </summary>
    public static string Show(string? json, AdminText text)
    {
        var shown = json is null ? string.Empty : Show(JsonNode.Parse(json), text);
        return string.IsNullOrWhiteSpace(shown) ? text.NoValue : shown;
    }

    private static string Show(JsonNode? node, AdminText text) => node switch
    {
        JsonArray list => string.Join('\n', list.Select(item => Show(item, text)).Where(item => item.Length > 0)),
        JsonObject row => string.Join(" · ", row.Select(pair => Show(pair.Value, text)).Where(item => item.Length > 0)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        { } other when other.GetValueKind() == JsonValueKind.True => text.Yes,
        { } other when other.GetValueKind() == JsonValueKind.False => text.No,
        { } other => other.ToJsonString(),
        _ => string.Empty,
    };
}
