namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// A save refused because a colleague saved meanwhile (409), as the editor sees it above the form: who saved and
/// when, which of their changes the form now holds, and the fields both changed, each with a choice.
/// </summary>
public sealed record MergeView(string? By, IReadOnlyList<string> KeptTheirs, IReadOnlyList<MergeChoice> Choices, AdminText? T)
{
    public static readonly MergeView None = new(null, [], [], null);

    public bool IsShown => T is not null;
}

/// <summary>A field both editors changed: its label, both values as text, and the editor's own value (JSON) to post back.</summary>
public sealed record MergeChoice(string Field, string Label, string Mine, string Theirs, string? MineJson);

/// <summary>What the editor chose for a field both changed: their own value (<see cref="Mine"/>, JSON) or the colleague's, in the form.</summary>
public sealed class MergeResolution
{
    public string? Field { get; set; }

    public bool KeepMine { get; set; }

    public string? Mine { get; set; }
}
