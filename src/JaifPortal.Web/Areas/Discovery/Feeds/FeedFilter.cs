using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Feeds;

/// <summary>
/// A feed's pillar and country (?pillar=slug, ?country=ISO code), read by <see cref="FilterReader"/>, with their names
/// for the feed's title. They narrow the feed as they narrow the lists (<see cref="ListFilter"/>), so the feed a pillar or
/// country page links to follows what the list of that pillar or country shows. A feed has no place for a note and a
/// feed reader would silently follow everything instead, so a value that names nothing answers 400 with problem details,
/// as the API does (docs/filters.md).
/// </summary>
public sealed record FeedFilter(ListFilter List, IReadOnlyList<string> Names)
{
    public static async Task<(FeedFilter? Filter, IReadOnlyList<FilterProblem> Problems)> ReadAsync(
        PortalDbContext db, IQueryCollection query, string language, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (values, problems) = await FilterReader.ReadAsync(db, query, FilterSubject.Feeds, FilterScope.Public, cancellationToken);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var names = new List<string>();
        if (values.Pillar is { } pillar)
        {
            var named = await db.Pillars.AsNoTracking().Include(p => p.Translations).FirstAsync(p => p.Id == pillar.Id, cancellationToken);
            names.Add(named.Localize(language)!.Text.Name);
        }

        if (values.Country is { } country)
        {
            var named = await db.Countries.AsNoTracking().Include(c => c.Translations).FirstAsync(c => c.Id == country.Id, cancellationToken);
            names.Add(named.Localize(language)!.Text.Name);
        }

        return (new FeedFilter(ListFilter.From(values, PortalTime.Today(clock)), names), problems);
    }

    public string Title(string baseTitle) => Names.Count == 0 ? baseTitle : $"{baseTitle} – {string.Join(", ", Names)}";
}
