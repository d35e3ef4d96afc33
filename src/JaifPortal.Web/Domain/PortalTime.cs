using System.Globalization;

namespace JaifPortal.Web.Domain;

/// <summary>
/// The time zone editors schedule in: Jakarta, where the JAIF Management Team and the ASEAN
/// Secretariat work. Times are stored in UTC; only the form speaks local time.
/// </summary>
public static class PortalTime
{
    // Jakarta has kept UTC+7 without daylight saving since 1964, so a fixed zone needs no tz database on the server.
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("Asia/Jakarta", TimeSpan.FromHours(7), "Jakarta (UTC+7)", "WIB");

    /// <summary>A time an editor typed in Jakarta time, as the UTC instant PostgreSQL stores.</summary>
    public static DateTimeOffset FromPortalLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>The day it is (or was) in Jakarta at that instant: what "today" means for dates on the portal.</summary>
    public static DateOnly DateOf(DateTimeOffset when) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(when, Zone).DateTime);

    /// <summary>The day it is in Jakarta now, by the clock the portal runs on (a fixed one in tests).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The instant as Jakarta's clock shows it (UTC+7), for a text that writes it in the reader's culture.</summary>
    public static DateTimeOffset Local(DateTimeOffset when) => TimeZoneInfo.ConvertTime(when, Zone);

    public static string Format(DateTimeOffset when) =>
        TimeZoneInfo.ConvertTime(when, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (Jakarta, UTC+7)";

    /// <summary>The value a datetime-local input shows for a stored time.</summary>
    public static string InputValue(DateTimeOffset when) =>
        TimeZoneInfo.ConvertTime(when, Zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
