using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Areas.Admin.Pages.Structure;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Site;

/// <summary>About or Contact: its title and Markdown body in every language, live on save (ADR 30).</summary>
public sealed class SitePageEditorModel(
    PortalDbContext db, RevisionLog revisions, UserManager<PortalUser> users, IAuthorizationService authorization, TimeProvider clock)
    : SiteEditorPageModel<SitePage, SitePageTranslation, SitePageText, StructureForm<SitePageText>>(db, revisions, users, authorization, clock)
{
    protected override string RecordType => RecordTypes.SitePage;

    protected override string Title(StructureEditorText text) => SiteEditorText.EditSitePage;

    protected override Task<SitePage?> LoadAsync(int? id, CancellationToken cancellationToken) =>
        Db.SitePages.Include(p => p.Translations).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    protected override int Key(SitePage record) => record.Id;

    protected override string Slug(SitePage record) => record.Slug;

    protected override string? NameOf(SitePageText text) => text.Title;

    protected override SitePageText ToText(SitePageTranslation translation) => new() { Title = translation.Title, Body = translation.Body };

    protected override SitePageTranslation NewTranslation(string language) => new() { Language = language, Title = string.Empty };

    protected override bool WriteText(SitePageTranslation translation, SitePageText text)
    {
        var title = TranslationWriter.Blank(text.Title) ?? string.Empty;
        var body = TranslationWriter.Blank(text.Body);
        var changed = translation.Title != title || translation.Body != body;
        translation.Title = title;
        translation.Body = body;
        return changed;
    }

    protected override void WriteFacts(SitePage record, DateTimeOffset now) => record.UpdatedAt = now;

    protected override IReadOnlyList<StructureField> Fields(string prefix, SitePageText text, bool isOriginal) =>
    [
        new(prefix + nameof(SitePageText.Title), SiteEditorText.Title, text.Title, StructureLimits.Name, Required: true),
        new(prefix + nameof(SitePageText.Body), SiteEditorText.Body, text.Body, StructureLimits.LongText, Multiline: true, Markdown: true, Required: true),
    ];
}
