namespace JaifPortal.Web.Areas.Admin;

/// <summary>A labelled input with its hint and its errors, which stay next to the field.</summary>
public sealed record FieldView(string Name, string Label, string? Value, string Type = "text", string? Autocomplete = null, string? Hint = null);
