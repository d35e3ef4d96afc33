using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages.Feeds;

/// <summary>
/// Upcoming events and milestones as an iCalendar feed. A calendar entry needs a day: items whose source gives
/// the month only are all-day entries on the first of the month, saying so in their description (a reader's
/// calendar then shows the month's plans); items known to the year only stay on the pages and feeds. With nothing
/// upcoming the calendar still holds one component, the portal's time zone, since RFC 5545 wants at least one.
/// </summary>
[PublicCache]
public sealed class CalendarModel(PortalDbContext db, IOptions<PortalOptions> options, TimeProvider clock, LinkGenerator links) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = PortalTime.Today(clock);
        var events = await db.Events.AsNoTracking().Published()
            .Where(e => e.StartDate.Precision == DatePrecision.Day || e.StartDate.Precision == DatePrecision.Month)
            .Where(StatusToday.UpcomingEvents(today))
            .OrderBy(e => e.StartDate.Start).Take(500)
            .Select(e => new { e.Id, e.Slug, e.StartDate, e.EndDate, e.OriginalLanguage, Translations = e.Translations.ToList(), e.UpdatedAt })
            .ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.Initiative.Publication == PublicationStatus.Published
                && (m.Date.Precision == DatePrecision.Day || m.Date.Precision == DatePrecision.Month))
            .Where(StatusToday.UpcomingMilestones(today))
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
        calendar.AddTimeZone(PortalTime.Zone.Id);
        foreach (var item in events)
        {
            var text = Text(item.Translations, item.OriginalLanguage);
            var url = Absolute(links.PublicPath("/Events/Details", Lang, item.Slug));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"event-{item.Id}@{host}",
                Summary = text.Text.Name,
                Description = MonthOnly(item.StartDate) + (text.Text.Summary is { Length: > 0 } summary ? summary + "\n\n" : string.Empty) + url,
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
                Description = MonthOnly(item.Date) + url,
                Url = new Uri(url),
                DtStart = new CalDateTime(item.Date.Start),
                DtEnd = new CalDateTime(item.Date.Start.AddDays(1)),
            });
        }

        return Content(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty, "text/calendar; charset=utf-8");

        // An entry on the first of a month whose day the source does not give says so, first thing.
        string MonthOnly(PartialDate date) => date.Precision == DatePrecision.Month ? T.CalendarMonthOnly(date.Format(Lang)) + "\n\n" : string.Empty;
    }
}
