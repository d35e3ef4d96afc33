using System.Globalization;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>
/// What is dated in one month across every pillar: the events that start in it and the milestones of initiatives, at
/// the precision their sources give. A date known to the day goes under its day, grouped by week (Monday to Sunday,
/// within the month); one known only to the month is listed apart, never on the 1st, which it would falsely claim.
/// Dates known only to a year or a fiscal year say nothing about the month and are left out.
/// </summary>
public sealed record MonthCalendar(DateOnly Month, IReadOnlyList<CalendarWeek> Weeks, IReadOnlyList<CalendarEntry> MonthOnly)
{
    public bool IsEmpty => Weeks.Count == 0 && MonthOnly.Count == 0;

    /// <summary>The month an address names as <c>2026-12</c>; null when it names none the portal can date.</summary>
    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month.Year is >= 1900 and <= 2200
            ? month
            : null;

    /// <summary>The first day of the day's month.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// The month's events and milestones: published ones only, or with <paramref name="publishedOnly"/> false also drafts
    /// and records in review (never archived ones). A milestone counts as published when its initiative is.
    /// </summary>
    public static async Task<MonthCalendar> LoadAsync(PortalDbContext db, DateOnly month, bool publishedOnly, string language, CancellationToken cancellationToken)
    {
        var (first, next) = (month, month.AddMonths(1));
        var milestones = db.Milestones.AsNoTracking()
            .Where(m => m.Date.Start >= first && m.Date.Start < next && (m.Date.Precision == DatePrecision.Day || m.Date.Precision == DatePrecision.Month));
        var events = db.Events.AsNoTracking()
            .Where(e => e.StartDate.Start >= first && e.StartDate.Start < next && (e.StartDate.Precision == DatePrecision.Day || e.StartDate.Precision == DatePrecision.Month));
        (milestones, events) = publishedOnly
            ? (milestones.Where(m => m.Initiative.Publication == PublicationStatus.Published), events.Where(e => e.Publication == PublicationStatus.Published))
            : (milestones.Where(m => m.Initiative.Publication != PublicationStatus.Archived), events.Where(e => e.Publication != PublicationStatus.Archived));

        var pillarNumbers = await db.Pillars.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Number, cancellationToken);
        var milestonePillars = await milestones.Select(m => new { m.Id, m.Initiative.PillarIds }).ToDictionaryAsync(m => m.Id, m => m.PillarIds, cancellationToken);
        var eventPillars = await events.Select(e => new { e.Id, e.PillarIds }).ToDictionaryAsync(e => e.Id, e => e.PillarIds, cancellationToken);
        List<int> Numbers(List<int> pillarIds) => [.. pillarIds.Where(pillarNumbers.ContainsKey).Select(id => pillarNumbers[id]).Distinct().Order()];

        var entries = new List<CalendarEntry>();
        entries.AddRange((await PillarDashboardQuery.MilestoneItems(milestones.OrderBy(m => m.Id), language).ToListAsync(cancellationToken))
            .Select(m => new CalendarEntry(RecordKind.Milestones, m.Date, m.Title, m.Status, m.Initiative, m.InitiativeId, m.Publication, Numbers(milestonePillars[m.Id]))));
        entries.AddRange((await PillarDashboardQuery.EventItems(events.OrderBy(e => e.Id), language).ToListAsync(cancellationToken))
            .Select(e => new CalendarEntry(RecordKind.Events, e.Start, e.Name, null, e.Name, e.Id, e.Publication, Numbers(eventPillars[e.Id]))));

        // Events before milestones on a day, then by name, so a page reads the same each time it is drawn.
        var ordered = entries.OrderBy(e => e.Date.Start).ThenByDescending(e => e.Kind).ThenBy(e => e.Name.For(language).Text, StringComparer.Ordinal).ToList();
        var weeks = ordered.Where(e => e.Date.Precision == DatePrecision.Day)
            .GroupBy(e => WeekOf(e.Date.Start, month))
            .Select(week => new CalendarWeek(
                week.Key.First,
                week.Key.Last,
                [.. week.GroupBy(e => e.Date.Start).Select(day => new CalendarDay(day.Key, [.. day]))]))
            .ToList();
        return new MonthCalendar(month, weeks, [.. ordered.Where(e => e.Date.Precision == DatePrecision.Month)]);
    }

    /// <summary>The days of the day's week (Monday to Sunday) that lie in the month.</summary>
    private static (DateOnly First, DateOnly Last) WeekOf(DateOnly day, DateOnly month)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var lastOfMonth = month.AddMonths(1).AddDays(-1);
        return (monday < month ? month : monday, monday.AddDays(6) > lastOfMonth ? lastOfMonth : monday.AddDays(6));
    }
}

/// <summary>The days of one week (within the month) that have something dated on them.</summary>
public sealed record CalendarWeek(DateOnly First, DateOnly Last, IReadOnlyList<CalendarDay> Days);

public sealed record CalendarDay(DateOnly Date, IReadOnlyList<CalendarEntry> Entries);

/// <summary>
/// An event, or a milestone with its initiative; <see cref="RecordId"/>, <see cref="Record"/> and <see cref="Publication"/>
/// are those of the record the entry leads to (a milestone's initiative).
/// </summary>
public sealed record CalendarEntry(
    RecordKind Kind, PartialDate Date, RecordName Name, MilestoneStatus? Status, RecordName Record, int RecordId, PublicationStatus Publication, IReadOnlyList<int> Pillars);
