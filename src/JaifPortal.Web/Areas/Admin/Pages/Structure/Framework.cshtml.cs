using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Structure;

/// <summary>The Joint Vision Statement "Trusted Partners": its names, titles, vision and summary.</summary>
public sealed class FrameworkModel(
    PortalDbContext db, RevisionLog revisions, UserManager<PortalUser> users, IAuthorizationService authorization, TimeProvider clock)
    : StructureEditorPageModel<PartnershipFramework, PartnershipFrameworkTranslation, FrameworkText>(db, revisions, users, authorization, clock)
{
    protected override string RecordType => RecordTypes.Framework;

    protected override string Title(StructureEditorText text) => text.EditFramework;

    /// <summary>The framework asked for, or the only one when none is named.</summary>
    protected override Task<PartnershipFramework?> LoadAsync(int? id, CancellationToken cancellationToken) =>
        Db.Frameworks.Include(f => f.Translations)
            .Where(f => id == null || f.Id == id)
            .OrderBy(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken);

    protected override int Key(PartnershipFramework record) => record.Id;

    protected override string Slug(PartnershipFramework record) => record.Slug;

    protected override string? NameOf(FrameworkText text) => text.Name;

    protected override FrameworkText ToText(PartnershipFrameworkTranslation translation) => new()
    {
        Name = translation.Name,
        StatementTitle = translation.StatementTitle,
        ImplementationPlanTitle = translation.ImplementationPlanTitle,
        VisionText = translation.VisionText,
        Summary = translation.Summary,
    };

    protected override PartnershipFrameworkTranslation NewTranslation(string language) => new()
    {
        Language = language,
        Name = string.Empty,
        StatementTitle = string.Empty,
        ImplementationPlanTitle = string.Empty,
        VisionText = string.Empty,
    };

    protected override bool WriteText(PartnershipFrameworkTranslation translation, FrameworkText text)
    {
        var name = TranslationWriter.Blank(text.Name) ?? string.Empty;
        var statementTitle = TranslationWriter.Blank(text.StatementTitle) ?? string.Empty;
        var planTitle = TranslationWriter.Blank(text.ImplementationPlanTitle) ?? string.Empty;
        var vision = TranslationWriter.Blank(text.VisionText) ?? string.Empty;
        var summary = TranslationWriter.Blank(text.Summary);
        var changed = translation.Name != name || translation.StatementTitle != statementTitle
            || translation.ImplementationPlanTitle != planTitle || translation.VisionText != vision || translation.Summary != summary;
        translation.Name = name;
        translation.StatementTitle = statementTitle;
        translation.ImplementationPlanTitle = planTitle;
        translation.VisionText = vision;
        translation.Summary = summary;
        return changed;
    }

    protected override IReadOnlyList<StructureField> Fields(string prefix, FrameworkText text, bool isOriginal) =>
    [
        new(prefix + nameof(FrameworkText.Name), T.Name, text.Name, StructureLimits.Name, Required: true),
        new(prefix + nameof(FrameworkText.StatementTitle), StructureEditorText.StatementTitle, text.StatementTitle, StructureLimits.Name, Required: true),
        new(prefix + nameof(FrameworkText.ImplementationPlanTitle), StructureEditorText.ImplementationPlanTitle, text.ImplementationPlanTitle, StructureLimits.Name, Required: true),
        new(prefix + nameof(FrameworkText.VisionText), StructureEditorText.VisionText, text.VisionText, StructureLimits.ShortText, Multiline: true, Required: true),
        new(prefix + nameof(FrameworkText.Summary), T.Summary, text.Summary, StructureLimits.LongText, Multiline: true, Markdown: true),
    ];
}
