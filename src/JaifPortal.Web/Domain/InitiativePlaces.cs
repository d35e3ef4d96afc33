using System.Linq.Expressions;

namespace JaifPortal.Web.Domain;

/// <summary>
/// Where an initiative takes place: the rows of the view initiative_country_reach (<see cref="InitiativeCountryReach"/>),
/// which PostgreSQL keeps on the initiative's row (<see cref="Initiative.CountryIds"/>). The country page, the country
/// list and map, the country facet and filter, the feeds, the API, the dashboards and the briefing packs all count and
/// filter by this one rule (ADR 26).
/// </summary>
public static class InitiativePlaces
{
    /// <summary>Initiatives that take place in the country: an overlap with a one-id list, which the GIN index answers.</summary>
    public static Expression<Func<Initiative, bool>> In(int countryId)
    {
        List<int> country = [countryId];
        return i => i.CountryIds.Any(id => country.Contains(id));
    }
}

/// <summary>Where a milestone takes place: its own country, or, when it names none, wherever its initiative takes place.</summary>
public static class MilestonePlaces
{
    public static Expression<Func<Milestone, bool>> In(int countryId)
    {
        List<int> country = [countryId];
        return m => m.CountryId == countryId || (m.CountryId == null && m.Initiative.CountryIds.Any(id => country.Contains(id)));
    }
}
