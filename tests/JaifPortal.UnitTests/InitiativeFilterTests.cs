using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Initiatives;

namespace JaifPortal.UnitTests;

public class InitiativeFilterTests
{
    private static InitiativeFilter Read(InitiativeFilterQuery query) =>
        InitiativeFilter.Read(query, ["partners-for-peace-and-stability"], ["defence", "digital"], ["KH", "JP"]);

    [Fact]
    public void Known_values_are_kept_and_written_back_in_a_steady_order()
    {
        var filter = Read(new InitiativeFilterQuery { Year = "2024", Status = "ongoing", Country = "kh", Area = "digital", Pillar = "partners-for-peace-and-stability" });

        filter.Should().Be(new InitiativeFilter("partners-for-peace-and-stability", "digital", "KH", InitiativeStatus.Ongoing, 2024));
        filter.ToQueryString().Should().Be("?pillar=partners-for-peace-and-stability&area=digital&country=KH&status=Ongoing&year=2024");
    }

    [Fact]
    public void Values_that_name_nothing_are_dropped()
    {
        var filter = Read(new InitiativeFilterQuery { Pillar = "no-such-pillar", Area = "Defence", Country = "<script>", Status = "1", Year = "20245" });

        filter.Should().Be(new InitiativeFilter(null, null, null, null, null));
        filter.ToQueryString().Should().BeEmpty();
    }
}
