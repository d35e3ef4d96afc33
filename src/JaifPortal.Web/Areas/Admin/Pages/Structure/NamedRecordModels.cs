using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Pages.Structure;

/// <summary>The text limits of the translation tables' configuration.</summary>
public static class StructureLimits
{
    public const int Name = 300;
    public const int ShortText = 2_000;
    public const int LongText = 40_000;
}

/// <summary>The edit page of a record whose texts are a name and a Markdown summary (a pillar, a cooperation area).</summary>
public abstract class NamedRecordPageModel<TRecord, TTranslation>(
    PortalDbContext db, RevisionLog revisions, UserManager<PortalUser> users, IAuthorizationService authorization, TimeProvider clock)
    : StructureEditorPageModel<TRecord, TTranslation, NamedText>(db, revisions, users, authorization, clock)
    where TRecord : class, ITranslated<TTranslation>
    where TTranslation : Translation
{
    protected abstract (string? Name, string? Summary) Read(TTranslation translation);

    protected override string? NameOf(NamedText text) => text.Name;

    protected abstract void Write(TTranslation translation, string name, string? summary);

    protected override NamedText ToText(TTranslation translation)
    {
        var (name, summary) = Read(translation);
        return new NamedText { Name = name, Summary = summary };
    }

    protected override bool WriteText(TTranslation translation, NamedText text)
    {
        var (oldName, oldSummary) = Read(translation);
        var name = TranslationWriter.Blank(text.Name) ?? string.Empty;
        var summary = TranslationWriter.Blank(text.Summary);
        Write(translation, name, summary);
        return oldName != name || oldSummary != summary;
    }

    protected override IReadOnlyList<StructureField> Fields(string prefix, NamedText text, bool isOriginal) =>
    [
        new(prefix + nameof(NamedText.Name), T.Name, text.Name, StructureLimits.Name, Required: true),
        new(prefix + nameof(NamedText.Summary), T.Summary, text.Summary, StructureLimits.LongText, Multiline: true, Markdown: true),
    ];
}
