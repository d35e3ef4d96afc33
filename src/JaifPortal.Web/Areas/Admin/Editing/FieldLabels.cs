using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// How editors read a field of a revision: by the label the form gives it ("Summary (English)", not
/// "texts.en.summary"; 「英語の概要」 in Japanese) and its value as text, not JSON; a choice by its name ("Ongoing", 「実施中」), not its code.
/// </summary>
public static class FieldLabels
{
    /// <summary>The label of a field named by its path in a revision's JSON, in the editor's language.</summary>
    /// <remarks>A field the form labels nowhere (a structure record's own) keeps its path rather than failing the page.</remarks>
    public static string Of(string field, AdminText text)
    {
        var names = field.Split('.');
        var language = names.FirstOrDefault(ContentLanguage.IsPublished);
        var property = names.Last(name => name != language);
        var label = text.FormFieldOrNull(char.ToUpperInvariant(property[0]) + property[1..]) ?? field;
        return language is null ? label : text.FieldInLanguage(label, UiText.For(text.Language).NameOfLanguage(language));
    }

    /// <summary>
    /// A field's value (JSON) as an editor reads it: a text as it is, a list one item a line, a row as its
    /// values joined by " · ", a choice by its name. <paramref name="form"/> is the form the revision was saved from
    /// (null when unknown), to tell a choice from a text.
    /// </summary>
    public static string Show(string? json, AdminText text, Type? form = null, string? field = null)
    {
        var type = form is null || field is null ? null : TypeOf(form, field);
        var shown = json is null ? string.Empty : Show(JsonNode.Parse(json), type, text);
        return string.IsNullOrWhiteSpace(shown) ? text.NoValue : shown;
    }

    private static string Show(JsonNode? node, Type? type, AdminText text) => node switch
    {
        JsonArray list => string.Join('\n', list.Select(item => Show(item, ItemOf(type), text)).Where(item => item.Length > 0)),
        JsonObject row => string.Join(" · ", row.Select(pair => Show(pair.Value, PropertyOf(type, pair.Key), text)).Where(item => item.Length > 0)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String && Choice(type, value.GetValue<string>()) is { } choice && text.DescribeOrNull(choice) is { } name => name,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        { } other when other.GetValueKind() == JsonValueKind.True => text.Yes,
        { } other when other.GetValueKind() == JsonValueKind.False => text.No,
        { } other => other.ToJsonString(),
        _ => string.Empty,
    };

    /// <summary>The form's type at a field's path ("texts.en.summary" in an initiative's form is a string).</summary>
    private static Type? TypeOf(Type form, string field) =>
        field.Split('.').Aggregate((Type?)form, PropertyOf);

    private static Type? PropertyOf(Type? type, string name)
    {
        if (type is null)
        {
            return null;
        }

        // A dictionary's key is a language or a row's own key, never a property.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return type.GetGenericArguments()[1];
        }

        return type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
    }

    private static Type? ItemOf(Type? list) =>
        list is not null && list != typeof(string) && typeof(IEnumerable).IsAssignableFrom(list) && list.IsGenericType ? list.GetGenericArguments()[0] : null;

    private static Enum? Choice(Type? type, string value)
    {
        var choices = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return choices is { IsEnum: true } && Enum.TryParse(choices, value, out var choice) ? (Enum)choice : null;
    }
}
