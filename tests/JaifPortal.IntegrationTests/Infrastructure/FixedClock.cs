namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal's clock stopped at a moment the test chooses (and may move), so what depends on "today" in Jakarta
/// (past-dated status, upcoming events) is tested on known days. Timers still run on the system's clock.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    /// <summary>Noon in Jakarta on the day, well inside it whatever the offset.</summary>
    public static DateTimeOffset NoonInJakarta(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.FromHours(7));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
