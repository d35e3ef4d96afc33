using System.Globalization;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Initiatives;

/// <summary>The initiative list's filters as the address gives them (?pillar=slug&amp;area=slug&amp;country=ISO&amp;status=Ongoing&amp;year=2024).</summary>
public sealed class InitiativeFilterQuery
{
    public string? Pillar { get; set; }

    public string? Area { get; set; }

    public string? Country { get; set; }

    public string? Status { get; set; }

    public string? Year { get; set; }
}

/// <summary>
/// The filters the initiative list and its downloads share: values that match nothing the portal
/// knows are dropped, so a stale or mistyped link shows more rather than nothing (and never fails).
/// </summary>
public sealed record InitiativeFilter(string? Pillar, string? Area, string? Country, InitiativeStatus? Status, int? Year)
{
    /// <summary>Keeps the values that name a known pillar, area or country (by slug and ISO code), a status or a plausible year.</summary>
    public static InitiativeFilter Read(
        InitiativeFilterQuery query, IEnumerable<string> pillarSlugs, IEnumerable<string> areaSlugs, IEnumerable<string> countryCodes)
    {
        var country = query.Country?.ToUpperInvariant();
        return new InitiativeFilter(
            pillarSlugs.Contains(query.Pillar, StringComparer.Ordinal) ? query.Pillar : null,
            areaSlugs.Contains(query.Area, StringComparer.Ordinal) ? query.Area : null,
            countryCodes.Contains(country, StringComparer.Ordinal) ? country : null,
            Enum.TryParse<InitiativeStatus>(query.Status, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(query.Status, out _) ? status : null,
            FacetQueries.Year(query.Year));
    }

    /// <summary>The same, with the known pillars, areas and countries read from the database.</summary>
    public static async Task<InitiativeFilter> ReadAsync(PortalDbContext db, InitiativeFilterQuery query, CancellationToken cancellationToken) =>
        Read(
            query,
            await db.Pillars.Select(p => p.Slug).ToListAsync(cancellationToken),
            await db.CooperationAreas.Select(a => a.Slug).ToListAsync(cancellationToken),
            await db.Countries.Select(c => c.IsoCode).ToListAsync(cancellationToken));

    public IQueryable<Initiative> Apply(IQueryable<Initiative> initiatives)
    {
        if (Pillar is { } pillarSlug)
        {
            initiatives = initiatives.Where(i => i.Areas.Any(link => link.CooperationArea.Pillar.Slug == pillarSlug));
        }

        if (Area is { } areaSlug)
        {
            initiatives = initiatives.Where(i => i.Areas.Any(link => link.CooperationArea.Slug == areaSlug));
        }

        if (Country is { } countryCode)
        {
            initiatives = initiatives.Where(i => i.Countries.Any(link => link.Country.IsoCode == countryCode));
        }

        if (Status is { } status)
        {
            initiatives = initiatives.Where(i => i.Status == status);
        }

        if (Year is { } startYear)
        {
            initiatives = initiatives.Where(i => i.StartDate != null && i.StartDate.Start.Year == startYear);
        }

        return initiatives;
    }

    /// <summary>The filters in effect as a query string ("" when none), for links to the same selection in another form.</summary>
    public string ToQueryString() =>
        QueryString.Create(new (string Key, string? Value)[]
        {
            ("pillar", Pillar),
            ("area", Area),
            ("country", Country),
            ("status", Status?.ToString()),
            ("year", Year?.ToString(CultureInfo.InvariantCulture)),
        }.Where(pair => pair.Value is not null).Select(pair => KeyValuePair.Create(pair.Key, pair.Value))).ToUriComponent();
}
