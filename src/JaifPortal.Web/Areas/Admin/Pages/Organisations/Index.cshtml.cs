using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Organisations;

public sealed class IndexModel(PortalDbContext db) : AdminPageModel
{
    public RecordList List { get; private set; } = RecordList.Empty;

    // Bound from the query string only: "page" is also a route value of every Razor page.
    public async Task OnGetAsync([FromQuery(Name = "q")] string? query, [FromQuery] PublicationStatus? publication, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        List = await RecordList.LoadAsync(
            db.Organisations.AsNoTracking(),
            (records, pattern) => records.Where(o => EF.Functions.ILike(o.Slug, pattern)
                || (o.Acronym != null && EF.Functions.ILike(o.Acronym, pattern))
                || o.Translations.Any(t => EF.Functions.ILike(t.Name, pattern))),
            o => new RecordListRow(o.Id, o.Slug,
                o.Translations.Select(t => new RecordListName(t.Language, t.Name)).ToList(),
                o.Publication, o.PendingReview, o.UpdatedAt),
            query, publication, page, AdminPages.EditorOf(RecordTypes.Organisation), cancellationToken);
}
