using JaifPortal.Web.Domain;

namespace JaifPortal.UnitTests.Domain;

public class StatusTodayTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("2024-11-04", MilestoneStatus.Planned, MilestoneStanding.DatePassed)]
    [InlineData("2026-12-05", MilestoneStatus.Planned, MilestoneStanding.DatePassed)]
    [InlineData("2026-12-06", MilestoneStatus.Planned, MilestoneStanding.Planned)]
    [InlineData("2026-12", MilestoneStatus.Planned, MilestoneStanding.Planned)]
    [InlineData("2026-11", MilestoneStatus.Planned, MilestoneStanding.DatePassed)]
    [InlineData("2026", MilestoneStatus.Planned, MilestoneStanding.Planned)]
    [InlineData("FY2026", MilestoneStatus.Planned, MilestoneStanding.Planned)]
    [InlineData("FY2025", MilestoneStatus.Planned, MilestoneStanding.DatePassed)]
    [InlineData("2024-11-04", MilestoneStatus.Achieved, MilestoneStanding.Achieved)]
    public void A_planned_milestone_whose_whole_period_has_passed_is_shown_as_past(string date, MilestoneStatus recorded, MilestoneStanding expected)
    {
        StatusToday.Of(recorded, PartialDate.Parse(date), Today).Should().Be(expected);
    }

    [Theory]
    [InlineData(InitiativeStatus.Ongoing, "2021", "2025", InitiativeStanding.Ended)]
    [InlineData(InitiativeStatus.Ongoing, "2021", "2026", InitiativeStanding.Ongoing)]
    [InlineData(InitiativeStatus.Ongoing, "2021", null, InitiativeStanding.Ongoing)]
    [InlineData(InitiativeStatus.Planned, "FY2025", null, InitiativeStanding.StartPassed)]
    [InlineData(InitiativeStatus.Planned, "2026", "2030", InitiativeStanding.Planned)]
    [InlineData(InitiativeStatus.Planned, "2020", "2025", InitiativeStanding.Ended)]
    [InlineData(InitiativeStatus.Planned, null, null, InitiativeStanding.Planned)]
    [InlineData(InitiativeStatus.Completed, "2021", "2025", InitiativeStanding.Completed)]
    public void An_initiative_past_its_end_reads_as_ended_and_one_past_its_planned_start_says_so(
        InitiativeStatus recorded, string? start, string? end, InitiativeStanding expected)
    {
        var status = StatusToday.Of(recorded, start is null ? null : PartialDate.Parse(start), end is null ? null : PartialDate.Parse(end), Today);

        status.Standing.Should().Be(expected);
        status.NeedsUpdate.Should().Be(expected is InitiativeStanding.Ended or InitiativeStanding.StartPassed);
    }

    [Fact]
    public void The_queries_agree_with_the_rule_on_every_precision_around_the_turn_of_each_period()
    {
        var days = new[] { new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1), Today };
        var dates = Enumerable.Range(0, 900).Select(offset => new DateOnly(2025, 1, 1).AddDays(offset))
            .SelectMany(day => new[]
            {
                new PartialDate(day, DatePrecision.Day), PartialDate.InMonth(day.Year, day.Month), PartialDate.InYear(day.Year), PartialDate.InFiscalYear(day.Year),
            })
            .Distinct().ToList();

        foreach (var today in days)
        {
            var upcomingMilestone = StatusToday.UpcomingMilestones(today).Compile();
            var milestoneNeedsUpdate = StatusToday.MilestonesNeedingUpdate(today).Compile();
            var upcomingEvent = StatusToday.UpcomingEvents(today).Compile();
            var initiativeNeedsUpdate = StatusToday.InitiativesNeedingUpdate(today).Compile();
            var initiativeStanding = StatusToday.InitiativeStandingOn(today).Compile();
            var initiativesStanding = Enum.GetValues<InitiativeStanding>().ToDictionary(s => s, s => StatusToday.InitiativesStanding(s, today).Compile());
            foreach (var date in dates)
            {
                var planned = new Milestone { Date = date, Status = MilestoneStatus.Planned, OriginalLanguage = "en" };
                var ending = new Initiative { Slug = "x", OriginalLanguage = "en", Status = InitiativeStatus.Ongoing, EndDate = date };
                var starting = new Initiative { Slug = "x", OriginalLanguage = "en", Status = InitiativeStatus.Planned, StartDate = date };

                upcomingMilestone(planned).Should().Be(!date.HasPassed(today), $"{date.ToIsoNotation()} on {today}");
                milestoneNeedsUpdate(planned).Should().Be(StatusToday.Of(MilestoneStatus.Planned, date, today) == MilestoneStanding.DatePassed);
                upcomingEvent(new Event { Slug = "x", OriginalLanguage = "en", StartDate = date }).Should().Be(!date.HasPassed(today));
                initiativeNeedsUpdate(ending).Should().Be(StatusToday.Of(ending.Status, null, date, today).NeedsUpdate);
                initiativeNeedsUpdate(starting).Should().Be(StatusToday.Of(starting.Status, date, null, today).NeedsUpdate);
                foreach (var recorded in Enum.GetValues<InitiativeStatus>())
                {
                    foreach (var initiative in new[]
                    {
                        new Initiative { Slug = "x", OriginalLanguage = "en", Status = recorded, EndDate = date },
                        new Initiative { Slug = "x", OriginalLanguage = "en", Status = recorded, StartDate = date },
                        new Initiative { Slug = "x", OriginalLanguage = "en", Status = recorded, StartDate = date, EndDate = PartialDate.InYear(2026) },
                        new Initiative { Slug = "x", OriginalLanguage = "en", Status = recorded },
                    })
                    {
                        var expected = StatusToday.Of(recorded, initiative.StartDate, initiative.EndDate, today).Standing;
                        initiativeStanding(initiative).Should().Be(expected, $"{recorded} {initiative.StartDate?.ToIsoNotation()}–{initiative.EndDate?.ToIsoNotation()} on {today}");
                        initiativesStanding.Where(pair => pair.Value(initiative)).Select(pair => pair.Key).Should().Equal(expected);
                    }
                }
            }
        }
    }
}
