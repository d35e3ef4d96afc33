using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Shared;

public sealed record EventList(IReadOnlyList<EventItem> Items, UiText T);

public sealed record EventItem(string Slug, PartialDate StartDate, string OriginalLanguage, List<EventTranslation> Translations);

public static class EventListQueries
{
    public static IQueryable<EventItem> ToItems(this IQueryable<Event> events) =>
        events.Select(e => new EventItem(e.Slug, e.StartDate, e.OriginalLanguage, e.Translations.ToList()));

    /// <summary>An event with what every reading of it shows: its texts, its country, and the published organisations and people taking part.</summary>
    public static IQueryable<Event> WithPublishedParties(this IQueryable<Event> events) =>
        events
            .Include(e => e.Translations)
            .Include(e => e.Country!).ThenInclude(c => c.Translations)
            .Include(e => e.Organisations.Where(link => link.Organisation.Publication == PublicationStatus.Published))
                .ThenInclude(link => link.Organisation).ThenInclude(o => o.Translations)
            .Include(e => e.Participants.Where(link => link.Person.Publication == PublicationStatus.Published))
                .ThenInclude(link => link.Person).ThenInclude(p => p.Translations);

    public static IOrderedQueryable<Event> NewestFirst(this IQueryable<Event> events) =>
        events.OrderByDescending(e => e.StartDate.Start).ThenBy(e => e.Slug);
}
