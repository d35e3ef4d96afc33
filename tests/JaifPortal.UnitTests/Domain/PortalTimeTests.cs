using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Domain;

public class PortalTimeTests
{
    [Fact]
    public void A_time_typed_in_jakarta_is_stored_as_the_same_instant_in_utc_and_shown_back_as_typed()
    {
        var stored = PortalTime.FromPortalLocal(new DateTime(2026, 12, 1, 9, 30, 0));

        stored.Offset.Should().Be(TimeSpan.Zero);
        stored.UtcDateTime.Should().Be(new DateTime(2026, 12, 1, 2, 30, 0));
        PortalTime.InputValue(stored).Should().Be("2026-12-01T09:30");
        PortalTime.Format(stored).Should().Be("2026-12-01 09:30 (Jakarta, UTC+7)");
    }
}
