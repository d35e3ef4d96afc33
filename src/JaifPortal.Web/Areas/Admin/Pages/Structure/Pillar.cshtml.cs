using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Structure;

public sealed class PillarModel(
    PortalDbContext db, RevisionLog revisions, UserManager<PortalUser> users, IAuthorizationService authorization, TimeProvider clock)
    : NamedRecordPageModel<Pillar, PillarTranslation>(db, revisions, users, authorization, clock)
{
    protected override string RecordType => RecordTypes.Pillar;

    protected override string Title(StructureEditorText text) =>
        Record is null ? text.EditPillar : $"{text.EditPillar}{T.NameSeparator}{text.PillarNumber(Record.Number)}";

    protected override Task<Pillar?> LoadAsync(int? id, CancellationToken cancellationToken) =>
        Db.Pillars.Include(p => p.Translations).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    protected override int Key(Pillar record) => record.Id;

    protected override string Slug(Pillar record) => record.Slug;

    protected override PillarTranslation NewTranslation(string language) => new() { Language = language, Name = string.Empty };

    protected override (string? Name, string? Summary) Read(PillarTranslation translation) => (translation.Name, translation.Summary);

    protected override void Write(PillarTranslation translation, string name, string? summary)
    {
        translation.Name = name;
        translation.Summary = summary;
    }
}
