using System.Text.Json;
using System.Text.Json.Nodes;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// Merges an editor's form with a colleague's save made meanwhile, field by field against the version the editor
/// opened (a three-way merge, ADR 35): a field only one of them changed takes that change, a field both changed
/// alike takes it, and only a field both changed differently is left for the editor to choose.
/// </summary>
/// <remarks>
/// A field is a value in the form's JSON reached through objects only ("texts.en.summary", "slug"): a list
/// (organisations, milestones, areas) is one field, since its rows have no identity of their own to merge by.
/// A list of plain values (areas, countries) is compared as a set, so choosing the same areas in another order
/// is no change.
/// </remarks>
public static class FormMerge
{
    // The editor's own text stays readable in the JSON the conflict panel posts back; Razor encodes it for HTML.
    internal static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The merge of the editor's form with the colleague's against the snapshot the editor opened (all three as JSON);
    /// without that snapshot every difference is a choice.
    /// </summary>
    public static MergeResult Merge(string? opened, string mine, string theirs)
    {
        var baseFields = opened is null ? null : Fields(opened);
        var myFields = Fields(mine);
        var theirFields = Fields(theirs);
        var merged = JsonNode.Parse(mine)!.AsObject();
        var conflicts = new List<MergeConflict>();
        var kept = new List<string>();
        foreach (var field in myFields.Keys.Union(theirFields.Keys).Order(StringComparer.Ordinal))
        {
            var my = myFields.GetValueOrDefault(field);
            var their = theirFields.GetValueOrDefault(field);
            if (Same(my, their))
            {
                continue;
            }

            if (baseFields is not null && Same(my, baseFields.GetValueOrDefault(field)))
            {
                Set(merged, field, their);
                kept.Add(field);
            }
            else if (baseFields is null || !Same(their, baseFields.GetValueOrDefault(field)))
            {
                // Theirs stays in the form until the editor chooses otherwise: following the screen never erases a colleague's change.
                Set(merged, field, their);
                conflicts.Add(new MergeConflict(field, my?.ToJsonString(Readable), their?.ToJsonString(Readable)));
            }
        }

        return new MergeResult(merged.ToJsonString(Readable), conflicts, kept);
    }

    /// <summary>The form with each field set to the JSON value given (the editor's own value of a field they chose to keep).</summary>
    public static string With(string form, IEnumerable<(string Field, string? Value)> values)
    {
        var document = JsonNode.Parse(form)!.AsObject();
        var known = Fields(form).Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (field, value) in values)
        {
            // Only a field the form has: a posted name never reaches a part of the form the editor does not edit here.
            if (known.Contains(field))
            {
                Set(document, field, value is null ? null : JsonNode.Parse(value));
            }
        }

        return document.ToJsonString(Readable);
    }

    /// <summary>The form's fields by path ("texts.en.summary"): values reached through objects only, a list being one field.</summary>
    internal static Dictionary<string, JsonNode?> Fields(string json)
    {
        var fields = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(json)!.AsObject(), string.Empty, fields);
        return fields;
    }

    private static void Walk(JsonObject node, string path, Dictionary<string, JsonNode?> fields)
    {
        foreach (var (name, value) in node)
        {
            var field = path.Length == 0 ? name : $"{path}.{name}";
            if (value is JsonObject inner)
            {
                Walk(inner, field, fields);
            }
            else
            {
                fields[field] = value;
            }
        }
    }

    internal static bool Same(JsonNode? left, JsonNode? right) => Canonical(left) == Canonical(right);

    /// <summary>
    /// An empty text, an empty list and a missing value are the same, within a row too (a milestone without a Japanese
    /// description is the same whether its JSON says null or leaves it out); a list of plain values is a set.
    /// </summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonArray array when array.All(item => item is JsonValue) =>
            string.Join('\u001f', array.Select(Canonical).Where(item => item.Length > 0).Order(StringComparer.Ordinal)),
        JsonArray rows => $"[{string.Join(',', rows.Select(Canonical))}]",
        JsonObject row => row.Select(pair => (pair.Key, Value: Canonical(pair.Value))).Where(pair => pair.Value.Length > 0).ToList() is { Count: > 0 } values
            ? $"{{{string.Join(',', values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}:{pair.Value}"))}}}"
            : string.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length == 0 => string.Empty,
        _ => node.ToJsonString(Readable),
    };

    private static void Set(JsonObject document, string field, JsonNode? value)
    {
        var names = field.Split('.');
        var parent = document;
        foreach (var name in names[..^1])
        {
            if (parent[name] is not JsonObject next)
            {
                next = [];
                parent[name] = next;
            }

            parent = next;
        }

        parent[names[^1]] = value?.DeepClone();
    }
}

/// <summary>The merged form (as JSON), the fields the editor must choose for, and the colleague's changes taken over.</summary>
public sealed record MergeResult(string Merged, IReadOnlyList<MergeConflict> Conflicts, IReadOnlyList<string> TheirChangesKept);

/// <summary>A field both editors changed differently, with each one's value as JSON.</summary>
public sealed record MergeConflict(string Field, string? Mine, string? Theirs);
