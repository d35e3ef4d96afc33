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
public sealed class EventsModel(PortalDbContext db, IOptions<PortalOptions> options, IOptions<ContentLicenceOptions> licence, LinkGenerator links, TimeProvider clock) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking().Published();
        var (filter, problems) = await FeedFilter.ReadAsync(db, Request.Query, Lang, clock, cancellationToken);
        if (filter is null)
        {
            await FilterProblemDetails.BadRequest(problems).ExecuteAsync(HttpContext);
            return new EmptyResult();
        }

        events = filter.List.Apply(events);
        var rows = await events.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id).Take(AtomFeed.MaxEntries)
            .Select(e => new { e.Slug, e.StartDate, e.OriginalLanguage, Translations = e.Translations.ToList(), e.PublishedAt, e.CreatedAt, e.UpdatedAt })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(row =>
        {
            var text = Text(row.Translations, row.OriginalLanguage);
            return new FeedEntry(links.PublicPath("/Events/Details", Lang, row.Slug), $"{text.Text.Name} ({row.StartDate.Format(Lang)})", text.Text.Summary, text.Language, row.PublishedAt ?? row.CreatedAt, row.UpdatedAt);
        }).ToList();
        return AtomFeed.Render(Request, options.Value, licence.Value, filter.Title($"{T.SiteName}: {T.Events}"), links.PublicPath("/Home", Lang), Lang, entries);
    }
}
