using System.Globalization;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>
/// What a dashboard is narrowed to: a range of years, a country, an area of the pillar, an initiative
/// status, a lead organisation, and (inside) whether only published records count. Every value has
/// been checked against the lists, so the queries can trust it; the address keeps it as text.
/// </summary>
public sealed record DashboardFilter
{
    public static DashboardFilter None { get; } = new();

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }

    public ChosenRecord? Country { get; init; }

    public ChosenRecord? Area { get; init; }

    public InitiativeStatus? Status { get; init; }

    public ChosenRecord? Organisation { get; init; }

    /// <summary>Inside dashboards: leave drafts and records in review out. The public view always does.</summary>
    public bool PublishedOnly { get; init; }

    public bool HasYears => YearFrom is not null || YearTo is not null;

    public bool IsEmpty => this == None;

    /// <summary>The first day counted by the year range, if it has a lower bound.</summary>
    public DateOnly? FirstDay => YearFrom is { } from ? new DateOnly(from, 1, 1) : null;

    /// <summary>The day after the last day counted by the year range, if it has an upper bound.</summary>
    public DateOnly? EndDay => YearTo is { } to ? new DateOnly(to + 1, 1, 1) : null;

    /// <summary>The filter as query values, in a fixed order, leaving out what is not set.</summary>
    public IEnumerable<KeyValuePair<string, string?>> QueryValues()
    {
        var invariant = CultureInfo.InvariantCulture;
        KeyValuePair<string, string?>[] all =
        [
            new("from", YearFrom?.ToString(invariant)),
            new("to", YearTo?.ToString(invariant)),
            new("country", Country?.Key),
            new("area", Area?.Key),
            new("status", Status?.ToString()),
            new("org", Organisation?.Key),
            new("pub", PublishedOnly ? PublishedValue : null),
        ];
        return all.Where(pair => !string.IsNullOrEmpty(pair.Value));
    }

    public const string PublishedValue = "published";

    public static readonly string[] Keys = ["from", "to", "country", "area", "status", "org", "pub"];
}

/// <summary>A record a filter points at: its database id and the key the address uses (slug or ISO code).</summary>
public sealed record ChosenRecord(int Id, string Key);

/// <summary>Reads a filter from the address. Values not on the lists are dropped with a message in the reader's language.</summary>
public static class DashboardFilterReader
{
    public const int MinimumYear = 1900;
    public const int MaximumYear = 2200;

    public static async Task<(DashboardFilter Filter, IReadOnlyList<string> Problems)> ReadAsync(
        PortalDbContext db, int pillarId, IQueryCollection query, DashboardText text, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        string? Value(string key) => query[key].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() is { } value
            ? (value.Length > 60 ? value[..60] : value)
            : null;

        int? Year(string key)
        {
            if (Value(key) is not { } raw)
            {
                return null;
            }

            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinimumYear and <= MaximumYear)
            {
                return year;
            }

            problems.Add(text.YearNotValid(raw));
            return null;
        }

        var from = Year("from");
        var to = Year("to");
        if (from > to)
        {
            problems.Add(text.YearsInverted(from.Value, to.Value));
            (from, to) = (null, null);
        }

        ChosenRecord? country = null;
        if (Value("country") is { } code)
        {
            var upper = code.ToUpperInvariant();
            country = await db.Countries.AsNoTracking().Where(c => c.IsoCode == upper)
                .Select(c => new ChosenRecord(c.Id, c.IsoCode)).FirstOrDefaultAsync(cancellationToken);
            if (country is null)
            {
                problems.Add(text.UnknownCountry(code));
            }
        }

        ChosenRecord? area = null;
        if (Value("area") is { } areaSlug)
        {
            area = await db.CooperationAreas.AsNoTracking().Where(a => a.Slug == areaSlug && a.PillarId == pillarId)
                .Select(a => new ChosenRecord(a.Id, a.Slug)).FirstOrDefaultAsync(cancellationToken);
            if (area is null)
            {
                problems.Add(text.UnknownArea(areaSlug));
            }
        }

        InitiativeStatus? status = null;
        if (Value("status") is { } statusText)
        {
            if (!int.TryParse(statusText, out _) && Enum.TryParse<InitiativeStatus>(statusText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                status = parsed;
            }
            else
            {
                problems.Add(text.UnknownStatus(statusText));
            }
        }

        ChosenRecord? organisation = null;
        if (Value("org") is { } organisationSlug)
        {
            organisation = await db.Organisations.AsNoTracking()
                .Where(o => o.Slug == organisationSlug && o.Publication != PublicationStatus.Archived)
                .Select(o => new ChosenRecord(o.Id, o.Slug)).FirstOrDefaultAsync(cancellationToken);
            if (organisation is null)
            {
                problems.Add(text.UnknownOrganisation(organisationSlug));
            }
        }

        var publishedOnly = false;
        if (Value("pub") is { } publication)
        {
            publishedOnly = publication == DashboardFilter.PublishedValue;
            if (!publishedOnly && publication != "all")
            {
                problems.Add(text.UnknownPublication(publication));
            }
        }

        return (new DashboardFilter
        {
            YearFrom = from,
            YearTo = to,
            Country = country,
            Area = area,
            Status = status,
            Organisation = organisation,
            PublishedOnly = publishedOnly,
        }, problems);
    }
}
