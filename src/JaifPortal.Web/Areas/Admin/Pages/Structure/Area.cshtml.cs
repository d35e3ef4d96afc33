using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Structure;

public sealed class AreaModel(
    PortalDbContext db, RevisionLog revisions, UserManager<PortalUser> users, IAuthorizationService authorization, TimeProvider clock)
    : NamedRecordPageModel<CooperationArea, CooperationAreaTranslation>(db, revisions, users, authorization, clock)
{
    protected override string RecordType => RecordTypes.CooperationArea;

    protected override string Title(StructureEditorText text) =>
        Record is null ? text.EditArea : text.EditAreaOfPillar(text.PillarNumber(Record.Pillar.Number));

    protected override Task<CooperationArea?> LoadAsync(int? id, CancellationToken cancellationToken) =>
        Db.CooperationAreas.Include(a => a.Translations).Include(a => a.Pillar).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    protected override int Key(CooperationArea record) => record.Id;

    protected override string Slug(CooperationArea record) => record.Slug;

    protected override CooperationAreaTranslation NewTranslation(string language) => new() { Language = language, Name = string.Empty };

    protected override (string? Name, string? Summary) Read(CooperationAreaTranslation translation) => (translation.Name, translation.Summary);

    protected override void Write(CooperationAreaTranslation translation, string name, string? summary)
    {
        translation.Name = name;
        translation.Summary = summary;
    }
}
