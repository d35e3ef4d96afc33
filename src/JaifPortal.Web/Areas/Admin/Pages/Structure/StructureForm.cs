using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin.Pages.Structure;

/// <summary>The texts of a structural record in every language: what the page binds and what a revision stores.</summary>
public class StructureForm<TText>
    where TText : LanguageText, new()
{
    public Dictionary<string, TText> Texts { get; set; } =
        ContentLanguage.Published.ToDictionary(language => language, _ => new TText());

    public TText Text(string language) => Texts.TryGetValue(language, out var text) ? text : Texts[language] = new TText();
}

/// <summary>The name and Markdown summary of a pillar or a cooperation area in one language.</summary>
public class NamedText : LanguageText
{
    public string? Name { get; set; }

    public string? Summary { get; set; }

    public override bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Summary);
}

/// <summary>The framework's texts in one language.</summary>
public sealed class FrameworkText : NamedText
{
    public string? StatementTitle { get; set; }

    public string? ImplementationPlanTitle { get; set; }

    public string? VisionText { get; set; }

    public override bool IsEmpty => base.IsEmpty && string.IsNullOrWhiteSpace(StatementTitle)
        && string.IsNullOrWhiteSpace(ImplementationPlanTitle) && string.IsNullOrWhiteSpace(VisionText);
}

/// <summary>One input of a language column: its form key, label, value, limit and whether it takes Markdown.</summary>
public sealed record StructureField(string Key, string Label, string? Value, int MaxLength, bool Multiline = false, bool Markdown = false, bool Required = false)
{
    /// <summary>The values a select offers (value, label); a text input when null.</summary>
    public IReadOnlyList<(string Value, string Label)>? Choices { get; init; }

    /// <summary>A short hint under the label, such as the form a date takes.</summary>
    public string? Hint { get; init; }
}

/// <summary>One language column of a structure form.</summary>
public sealed record StructureLanguage(string Language, bool IsOriginal, bool IsStale, TranslationState State, IReadOnlyList<StructureField> Fields);

/// <summary>What the shared structure editor view needs.</summary>
public sealed record StructureEditorView(
    string Title,
    NameInLanguage Name,
    string RecordType,
    int Id,
    string Slug,
    string OriginalLanguage,
    uint Version,
    string? Note,
    bool CanEdit,
    bool Saved,
    string? Problem,
    IReadOnlyList<FieldChange> Conflict,
    string? ConflictBy,
    IReadOnlyList<StructureLanguage> Languages,
    AdminText T,
    StructureEditorText StructureEditorText,
    IReadOnlyList<StructureField> Facts,
    string IndexPage,
    string IndexTitle)
{
    /// <summary>The browser tab's title: what the page does and to which record, so two open editors tell apart.</summary>
    public string PageTitle => Title + T.NameSeparator + Name.Name;
}
