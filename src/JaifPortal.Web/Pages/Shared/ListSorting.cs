using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>An order a public list can be read in.</summary>
public enum ListSort
{
    /// <summary>By the first pillar and area served (<see cref="InitiativeCardQueries.InPlanOrder"/>).</summary>
    Plan,

    /// <summary>The records most recently published on the portal first.</summary>
    Newest,

    /// <summary>By name in the reader's language (or the text the page shows instead), as that language sorts.</summary>
    Name,

    /// <summary>The latest start date first; records without one last.</summary>
    StartDate,
}

/// <summary>
/// The orders a list offers (its default first) and the one the address chooses with <see cref="FilterKeys.Sort"/>. An
/// unknown value reads as the default: an order cannot name something missing, so there is nothing to tell the reader.
/// The default has no value in addresses, so the plain list keeps its one address.
/// </summary>
public sealed record ListSorting(IReadOnlyList<ListSort> Offered, ListSort Chosen)
{
    public static ListSorting Read(IQueryCollection query, params ListSort[] offered)
    {
        var value = FilterKeys.FirstValue(query, FilterKeys.Sort)?.Trim();
        return new(offered, offered.Skip(1).FirstOrDefault(sort => string.Equals(ValueOf(sort), value, StringComparison.OrdinalIgnoreCase), offered[0]));
    }

    /// <summary>The value of <see cref="FilterKeys.Sort"/> that chooses <paramref name="sort"/>; null for the default.</summary>
    public string? AddressValue(ListSort sort) => sort == Offered[0] ? null : ValueOf(sort);

    private static string ValueOf(ListSort sort) => sort switch
    {
        ListSort.Plan => "plan",
        ListSort.Newest => "newest",
        ListSort.Name => "name",
        ListSort.StartDate => "start",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };
}

/// <summary>The orders of <see cref="ListSort"/> in SQL, each ending on the slug so every page of a list is stable.</summary>
public static class ListSortQueries
{
    public static IQueryable<Initiative> SortedBy(this IQueryable<Initiative> initiatives, PortalDbContext db, ListSort sort, string language) => sort switch
    {
        ListSort.Newest => initiatives.OrderByDescending(i => i.PublishedAt ?? i.CreatedAt).ThenBy(i => i.Slug),
        ListSort.StartDate => initiatives.OrderBy(i => i.StartDate == null).ThenByDescending(i => i.StartDate!.Start).ThenBy(i => i.Slug),
        // The name a card shows (TranslationSelection: the reader's language, else the original one) from two hash joins,
        // not a subquery per row, so 10,000 initiatives sort in milliseconds (docs/benchmarks.md).
        ListSort.Name =>
            from initiative in initiatives
            join own in PublishedTexts<InitiativeTranslation>(db).Where(t => t.Language == language) on initiative.Id equals own.InitiativeId into owns
            from own in owns.DefaultIfEmpty()
            join original in PublishedTexts<InitiativeTranslation>(db) on new { Id = initiative.Id, Language = initiative.OriginalLanguage } equals new { Id = original.InitiativeId, original.Language } into originals
            from original in originals.DefaultIfEmpty()
            orderby EF.Functions.Collate(own != null ? own.Name : original != null ? original.Name : null, CollationOf(language)), initiative.Slug
            select initiative,
        _ => initiatives.InPlanOrder(),
    };

    public static IQueryable<Event> SortedBy(this IQueryable<Event> events, PortalDbContext db, ListSort sort, string language) => sort switch
    {
        ListSort.Newest => events.OrderByDescending(e => e.PublishedAt ?? e.CreatedAt).ThenBy(e => e.Slug),
        ListSort.Name =>
            from record in events
            join own in PublishedTexts<EventTranslation>(db).Where(t => t.Language == language) on record.Id equals own.EventId into owns
            from own in owns.DefaultIfEmpty()
            join original in PublishedTexts<EventTranslation>(db) on new { Id = record.Id, Language = record.OriginalLanguage } equals new { Id = original.EventId, original.Language } into originals
            from original in originals.DefaultIfEmpty()
            orderby EF.Functions.Collate(own != null ? own.Name : original != null ? original.Name : null, CollationOf(language)), record.Slug
            select record,
        _ => events.NewestFirst(),
    };

    /// <summary>
    /// The language culture's ICU order (<c>ja-JP</c>: Latin, then kana by their sound, then kanji) with punctuation
    /// ignored (<see cref="NameCollations"/>).
    /// </summary>
    public static string CollationOf(string language) => NameCollations.ForNames(PortalLanguages.CultureOf(language).Name);

    private static IQueryable<TTranslation> PublishedTexts<TTranslation>(PortalDbContext db)
        where TTranslation : Translation =>
        db.Set<TTranslation>().AsNoTracking().Where(t => t.IsPublished);
}
