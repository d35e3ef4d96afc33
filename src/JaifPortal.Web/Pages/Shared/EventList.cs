using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Pages.Shared;

public sealed record EventList(IReadOnlyList<EventItem> Items, UiText Ui);

public sealed record EventItem(string Slug, PartialDate StartDate, string OriginalLanguage, List<EventTranslation> Translations);

public static class EventListQueries
{
    public static IQueryable<EventItem> ToItems(this IQueryable<Event> events) =>
        events.Select(e => new EventItem(e.Slug, e.StartDate, e.OriginalLanguage, e.Translations.ToList()));

    public static IOrderedQueryable<Event> NewestFirst(this IQueryable<Event> events) =>
        events.OrderByDescending(e => e.StartDate.Start).ThenBy(e => e.Slug);
}
