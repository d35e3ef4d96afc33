namespace JaifPortal.Web.Domain;

/// <summary>
/// A time zone an editor reads the back office's times in (history, drafts, who else is editing): Jakarta unless they
/// chose another on their account. <see cref="Key"/> names it in the PO files ("TimeZone.Jakarta").
/// </summary>
public sealed record EditorTimeZone(string Id, string Key, TimeZoneInfo Zone)
{
    /// <summary>The instant as this zone's clock shows it, for a text that writes it in the reader's culture.</summary>
    public DateTimeOffset Local(DateTimeOffset when) => TimeZoneInfo.ConvertTime(when, Zone);

    /// <summary>The offset from UTC as written after "UTC": "+7", "+6:30", or nothing for UTC itself.</summary>
    public string Offset => Zone.BaseUtcOffset switch
    {
        { Ticks: 0 } => string.Empty,
        { Minutes: 0 } offset => offset.ToString("\\+h", System.Globalization.CultureInfo.InvariantCulture),
        var offset => offset.ToString("\\+h\\:mm", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// The zones an editor may choose from: where JMT staff, the ASEAN Secretariat and the Mission's colleagues work. None of
/// them keeps daylight saving, so each is a fixed offset and the server needs no tz database (as <see cref="PortalTime"/>).
/// </summary>
public static class EditorTimeZones
{
    public const string DefaultId = "Asia/Jakarta";

    /// <summary>The claim that carries the signed-in editor's zone, so reading it costs no query.</summary>
    public const string ClaimType = "jaif:time_zone";

    public static readonly EditorTimeZone Default = new(DefaultId, "Jakarta", PortalTime.Zone);

    public static readonly IReadOnlyList<EditorTimeZone> All =
    [
        Default,
        Fixed("Asia/Bangkok", "Bangkok", 7),
        Fixed("Asia/Yangon", "Yangon", 6.5),
        Fixed("Asia/Singapore", "Singapore", 8),
        Fixed("Asia/Manila", "Manila", 8),
        Fixed("Asia/Tokyo", "Tokyo", 9),
        Fixed("Etc/UTC", "Utc", 0),
    ];

    public static bool IsKnown(string? id) => All.Any(zone => zone.Id == id);

    /// <summary>The zone of that id; Jakarta for none or an id no longer offered.</summary>
    public static EditorTimeZone Find(string? id) => All.FirstOrDefault(zone => zone.Id == id) ?? Default;

    private static EditorTimeZone Fixed(string id, string key, double hours) =>
        new(id, key, TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(hours), id, id));
}
