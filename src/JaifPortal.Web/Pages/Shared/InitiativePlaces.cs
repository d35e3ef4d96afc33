using System.Linq.Expressions;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// Where an initiative takes place: the countries it is linked to and the countries of its milestones.
/// The country page lists exactly these initiatives, so the map, the country list, the country facet and
/// filter, the feeds and the API all count and filter by this one rule.
/// </summary>
public static class InitiativePlaces
{
    public static Expression<Func<Initiative, bool>> In(string isoCode) =>
        i => i.Countries.Any(link => link.Country.IsoCode == isoCode)
            || i.Milestones.Any(m => m.Country != null && m.Country.IsoCode == isoCode);

    /// <summary>Each initiative with each of its countries, once.</summary>
    public static IQueryable<InitiativePlace> Of(IQueryable<Initiative> initiatives) =>
        initiatives.SelectMany(i => i.Countries.Select(link => new InitiativePlace { InitiativeId = i.Id, IsoCode = link.Country.IsoCode }))
            .Union(initiatives.SelectMany(i => i.Milestones.Where(m => m.Country != null)
                .Select(m => new InitiativePlace { InitiativeId = i.Id, IsoCode = m.Country!.IsoCode })));
}

public sealed class InitiativePlace
{
    public int InitiativeId { get; init; }

    public required string IsoCode { get; init; }
}
