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
public sealed class InitiativesModel(PortalDbContext db, IOptions<PortalOptions> options, IOptions<ContentLicenceOptions> licence, LinkGenerator links, ContentCache kept, TimeProvider clock) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, problems) = await FeedFilter.ReadAsync(db, Request.Query, Lang, clock, cancellationToken);
        if (filter is null)
        {
            await FilterProblemDetails.BadRequest(problems).ExecuteAsync(HttpContext);
            return new EmptyResult();
        }

        // Feed readers poll the same few addresses over and over: the entries are kept while the content is unchanged.
        var entries = await kept.GetOrComputeAsync((nameof(InitiativesModel), Lang, filter.List), () => EntriesAsync(filter.List, cancellationToken), cancellationToken);
        return AtomFeed.Render(Request, options.Value, licence.Value, filter.Title($"{T.SiteName}: {T.Initiatives}"), links.PublicPath("/Home", Lang), Lang, entries);
    }

    private async Task<List<FeedEntry>> EntriesAsync(ListFilter filter, CancellationToken cancellationToken)
    {
        var rows = await filter.Apply(db.Initiatives.AsNoTracking().Published())
            .OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id).Take(AtomFeed.MaxEntries)
            .Select(i => new { i.Slug, i.OriginalLanguage, Translations = i.Translations.ToList(), i.PublishedAt, i.CreatedAt, i.UpdatedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row =>
        {
            var text = Text(row.Translations, row.OriginalLanguage);
            return new FeedEntry(links.PublicPath("/Initiatives/Details", Lang, row.Slug), text.Text.Name, text.Text.Summary, text.Language, row.PublishedAt ?? row.CreatedAt, row.UpdatedAt);
        })];
    }
}
