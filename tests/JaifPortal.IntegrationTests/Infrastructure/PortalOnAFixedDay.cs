using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A portal per test whose clock stands at a moment the test chooses (and may move, <see cref="Clock"/>), for what
/// depends on "today" in Jakarta. The output cache is off, so a page read after moving the clock is computed again.
/// </summary>
public abstract class PortalOnAFixedDay(DateTimeOffset now, params StaffAccount[] accounts) : PortalPerTest(accounts)
{
    protected FixedClock Clock { get; } = new(now);

    protected override PortalFactory CreateFactory(string connectionString) => new(
        connectionString,
        new Dictionary<string, string> { ["Portal:OutputCache:Enabled"] = "false" },
        services => services.AddSingleton<TimeProvider>(Clock));
}
