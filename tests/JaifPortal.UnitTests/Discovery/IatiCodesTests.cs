using JaifPortal.Web.Areas.Discovery.Iati;
using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Discovery;

public class IatiCodesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData(InitiativeStanding.Planned, "1")]
    [InlineData(InitiativeStanding.StartPassed, "1")]
    [InlineData(InitiativeStanding.Ongoing, "2")]
    [InlineData(InitiativeStanding.Ended, "3")]
    [InlineData(InitiativeStanding.Completed, "4")]
    public void Statuses_on_the_day_become_pipeline_implementation_finalisation_and_closed(InitiativeStanding status, string code) =>
        IatiCodes.ActivityStatus(status).Should().Be(code);

    [Theory]
    [InlineData(InitiativeRole.Funder, "1")]
    [InlineData(InitiativeRole.Lead, "2")]
    [InlineData(InitiativeRole.Implementer, "4")]
    [InlineData(InitiativeRole.Partner, "4")]
    [InlineData(InitiativeRole.Host, "4")]
    public void Roles_become_funding_accountable_or_implementing(InitiativeRole role, string code) =>
        IatiCodes.OrganisationRole(role).Should().Be(code);

    [Fact]
    public void Every_status_role_and_organisation_kind_has_an_answer()
    {
        Enum.GetValues<InitiativeStanding>().Invoking(all => all.Select(IatiCodes.ActivityStatus).ToList()).Should().NotThrow();
        Enum.GetValues<InitiativeRole>().Invoking(all => all.Select(IatiCodes.OrganisationRole).ToList()).Should().NotThrow();
        IatiCodes.OrganisationType(OrganisationKind.GovernmentBody).Should().Be("10");
        IatiCodes.OrganisationType(OrganisationKind.AseanBody).Should().Be("40");
        IatiCodes.OrganisationType(OrganisationKind.Fund).Should().BeNull("a fund may be public, multilateral or private");
    }

    [Fact]
    public void An_ongoing_initiative_started_on_the_first_day_of_the_month_the_source_gives()
    {
        var dates = IatiCodes.ActivityDates(InitiativeStatus.Ongoing, PartialDate.InMonth(2023, 9), null, Today);

        dates.Should().Equal(new IatiActivityDate(IatiDateType.ActualStart, new DateOnly(2023, 9, 1), PartialDate.InMonth(2023, 9)));
    }

    [Fact]
    public void An_end_is_the_last_day_of_its_period_and_only_actual_once_completed_and_past()
    {
        IatiCodes.ActivityDates(InitiativeStatus.Ongoing, null, PartialDate.InYear(2025), Today).Single()
            .Should().Be(new IatiActivityDate(IatiDateType.PlannedEnd, new DateOnly(2025, 12, 31), PartialDate.InYear(2025)));
        IatiCodes.ActivityDates(InitiativeStatus.Completed, null, PartialDate.InFiscalYear(2024), Today).Single()
            .Should().Be(new IatiActivityDate(IatiDateType.ActualEnd, new DateOnly(2025, 3, 31), PartialDate.InFiscalYear(2024)));
        IatiCodes.ActivityDates(InitiativeStatus.Completed, null, PartialDate.InYear(2026), Today).Single().Type
            .Should().Be(IatiDateType.PlannedEnd, "IATI forbids actual dates in the future, and 2026 runs to 31 December");
    }

    [Theory]
    [InlineData(InitiativeStatus.Planned, "2024-05-01", IatiDateType.PlannedStart)]
    [InlineData(InitiativeStatus.Ongoing, "2027", IatiDateType.PlannedStart)]
    [InlineData(InitiativeStatus.Ongoing, "2026-11-25", IatiDateType.ActualStart)]
    [InlineData(InitiativeStatus.Completed, "FY2020", IatiDateType.ActualStart)]
    public void A_start_is_actual_only_when_the_initiative_is_under_way_and_the_day_has_come(InitiativeStatus status, string start, string type) =>
        IatiCodes.ActivityDates(status, PartialDate.Parse(start), null, Today).Single().Type.Should().Be(type);

    [Fact]
    public void No_dates_give_no_activity_dates() =>
        IatiCodes.ActivityDates(InitiativeStatus.Ongoing, null, null, Today).Should().BeEmpty();

    [Theory]
    [InlineData(2, new[] { "50", "50" })]
    [InlineData(3, new[] { "33.34", "33.33", "33.33" })]
    [InlineData(6, new[] { "16.67", "16.67", "16.67", "16.67", "16.66", "16.66" })]
    [InlineData(7, new[] { "14.29", "14.29", "14.29", "14.29", "14.28", "14.28", "14.28" })]
    public void Shares_are_even_and_add_up_to_exactly_100(int count, string[] expected)
    {
        var percentages = IatiCodes.EvenPercentages(count)!;

        percentages.Should().Equal(expected.Select(value => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        percentages.Sum().Should().Be(100m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_single_item_needs_no_percentage(int count) =>
        IatiCodes.EvenPercentages(count).Should().BeNull();

    [Theory]
    [InlineData("https://www.ewsi.green/", "text/html")]
    [InlineData("https://www.mofa.go.jp/files/100573397.pdf", "application/pdf")]
    [InlineData("https://example.org/Plan.DOCX?download=1", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("https://example.org/report.pdf.html", "text/html")]
    public void A_linked_document_is_a_web_page_unless_its_extension_says_otherwise(string url, string mediaType) =>
        IatiCodes.MediaType(url).Should().Be(mediaType);
}
