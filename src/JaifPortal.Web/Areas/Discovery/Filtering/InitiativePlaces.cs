using System.Linq.Expressions;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Discovery.Filtering;

/// <summary>
/// Where an initiative takes place: the countries it is linked to and the countries of its milestones, which
/// PostgreSQL keeps on its row (<see cref="Initiative.CountryIds"/>). The country page lists exactly these
/// initiatives, so the map, the country list, the country facet and filter, the feeds and the API all count and
/// filter by this one rule.
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
