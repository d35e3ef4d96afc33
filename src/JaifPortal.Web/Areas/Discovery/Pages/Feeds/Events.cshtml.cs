using JaifPortal.Web.Areas.Discovery.Feeds;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages.Feeds;

/// <summary>New and updated events, all or of one pillar or country (?pillar=slug, ?country=ISO code).</summary>
[PublicCache(FilterSubject.Feeds)]
public sealed class EventsModel(PortalDbContext db, IOptions<PortalOptions> options, IOptions<ContentLicenceOptions> licence, LinkGenerator links, ContentCache kept, TimeProvider clock) : PublicPageModel
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
        var entries = await kept.GetOrComputeAsync((nameof(EventsModel), Lang, filter.List), () => EntriesAsync(filter.List, cancellationToken), cancellationToken);
        return AtomFeed.Render(Request, options.Value, licence.Value, filter.Title($"{T.SiteName}: {T.Events}"), links.PublicPath("/Home", Lang), Lang, entries);
    }

    private async Task<List<FeedEntry>> EntriesAsync(ListFilter filter, CancellationToken cancellationToken)
    {
        var rows = await filter.Apply(db.Events.AsNoTracking().Published())
            .OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id).Take(AtomFeed.MaxEntries)
            .Select(e => new { e.Slug, e.StartDate, e.OriginalLanguage, Translations = e.Translations.ToList(), e.PublishedAt, e.CreatedAt, e.UpdatedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row =>
        {
            var text = Text(row.Translations, row.OriginalLanguage);
            return new FeedEntry(links.PublicPath("/Events/Details", Lang, row.Slug), T.WithNote(text.Text.Name, row.StartDate.Format(Lang)), text.Text.Summary, text.Language, row.PublishedAt ?? row.CreatedAt, row.UpdatedAt);
        })];
    }
}
