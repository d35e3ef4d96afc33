using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages.Feeds;

/// <summary>
/// Upcoming events and milestones as an iCalendar feed. A calendar entry needs a day, so only items
/// whose day the source gives are in it; items known to the month or year stay on the pages and feeds.
/// </summary>
[PublicCache]
public sealed class CalendarModel(PortalDbContext db, IOptions<PortalOptions> options, TimeProvider clock, LinkGenerator links) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var events = await db.Events.AsNoTracking().Published()
            .Where(e => e.StartDate.Precision == DatePrecision.Day && e.StartDate.Start >= today)
            .OrderBy(e => e.StartDate.Start).Take(500)
            .Select(e => new { e.Id, e.Slug, e.StartDate, e.EndDate, e.OriginalLanguage, Translations = e.Translations.ToList(), e.UpdatedAt })
            .ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.Initiative.Publication == PublicationStatus.Published && m.Date.Precision == DatePrecision.Day && m.Date.Start >= today)
            .OrderBy(m => m.Date.Start).Take(500)
            .Select(m => new
            {
                m.Id,
                m.Date,
                m.OriginalLanguage,
                Translations = m.Translations.ToList(),
                m.Initiative.Slug,
                InitiativeLanguage = m.Initiative.OriginalLanguage,
                InitiativeTranslations = m.Initiative.Translations.ToList(),
            })
            .ToListAsync(cancellationToken);

        string Absolute(string path) => PageLinks.AbsoluteUrl(Request, options.Value, path);
        var host = new Uri(Absolute("/")).Host;
        var calendar = new Calendar { ProductId = "-//JAIF Portal//Japan-ASEAN cooperation//" + Lang.ToUpperInvariant() };
        calendar.AddProperty("X-WR-CALNAME", $"{T.SiteName}: {T.Events}");
        foreach (var item in events)
        {
            var text = Text(item.Translations, item.OriginalLanguage);
            var url = Absolute(links.PublicPath("/Events/Details", Lang, item.Slug));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"event-{item.Id}@{host}",
                Summary = text.Text.Name,
                Description = (text.Text.Summary is { Length: > 0 } summary ? summary + "\n\n" : string.Empty) + url,
                Location = text.Text.Place,
                Url = new Uri(url),
                DtStart = new CalDateTime(item.StartDate.Start),

                // An all-day event ends on the day after its last day.
                DtEnd = new CalDateTime((item.EndDate is { Precision: DatePrecision.Day } end ? end.Start : item.StartDate.Start).AddDays(1)),
                LastModified = new CalDateTime(item.UpdatedAt.UtcDateTime, "UTC"),
            });
        }

        foreach (var item in milestones)
        {
            var text = Text(item.Translations, item.OriginalLanguage);
            var initiative = Text(item.InitiativeTranslations, item.InitiativeLanguage);
            var url = Absolute(links.PublicPath("/Initiatives/Details", Lang, item.Slug));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"milestone-{item.Id}@{host}",
                Summary = $"{initiative.Text.Name}: {text.Text.Title}",
                Description = url,
                Url = new Uri(url),
                DtStart = new CalDateTime(item.Date.Start),
                DtEnd = new CalDateTime(item.Date.Start.AddDays(1)),
            });
        }

        return Content(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty, "text/calendar; charset=utf-8");
    }
}
