using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.People;

public sealed class IndexModel(PortalDbContext db) : AdminPageModel
{
    public RecordList List { get; private set; } = RecordList.Empty;

    // Bound from the query string only: "page" is also a route value of every Razor page.
    public async Task OnGetAsync([FromQuery(Name = "q")] string? query, [FromQuery] PublicationStatus? publication, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        List = await RecordList.LoadAsync(
            db.People.AsNoTracking(),
            (records, pattern) => records.Where(p => EF.Functions.ILike(p.Slug, pattern)
                || p.Translations.Any(t => EF.Functions.ILike(t.Name, pattern) || (t.Title != null && EF.Functions.ILike(t.Title, pattern)))),
            p => new RecordListRow(p.Id, p.Slug,
                p.Translations.Select(t => new RecordListName(t.Language, t.Name)).ToList(),
                p.Publication, p.PendingReview, p.UpdatedAt),
            query, publication, page, AdminPages.EditorOf(RecordTypes.Person), cancellationToken);
}
