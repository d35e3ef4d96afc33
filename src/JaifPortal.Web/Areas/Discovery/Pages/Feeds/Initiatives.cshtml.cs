using JaifPortal.Web.Areas.Discovery.Feeds;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages.Feeds;

/// <summary>New and updated initiatives, all or of one pillar or country (?pillar=slug, ?country=ISO code).</summary>
[PublicCache(FilterSubject.Feeds)]
public sealed class InitiativesModel(PortalDbContext db, IOptions<PortalOptions> options, IOptions<ContentLicenceOptions> licence, LinkGenerator links, TimeProvider clock) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var initiatives = db.Initiatives.AsNoTracking().Published();
        var (filter, problems) = await FeedFilter.ReadAsync(db, Request.Query, Lang, clock, cancellationToken);
        if (filter is null)
        {
            await FilterProblemDetails.BadRequest(problems).ExecuteAsync(HttpContext);
            return new EmptyResult();
        }

        initiatives = filter.List.Apply(initiatives);
        var rows = await initiatives.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id).Take(AtomFeed.MaxEntries)
            .Select(i => new { i.Slug, i.OriginalLanguage, Translations = i.Translations.ToList(), i.PublishedAt, i.CreatedAt, i.UpdatedAt })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(row =>
        {
            var text = Text(row.Translations, row.OriginalLanguage);
            return new FeedEntry(links.PublicPath("/Initiatives/Details", Lang, row.Slug), text.Text.Name, text.Text.Summary, text.Language, row.PublishedAt ?? row.CreatedAt, row.UpdatedAt);
        }).ToList();
        return AtomFeed.Render(Request, options.Value, licence.Value, filter.Title($"{T.SiteName}: {T.Initiatives}"), links.PublicPath("/Home", Lang), Lang, entries);
    }
}
