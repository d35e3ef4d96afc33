using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Public;

/// <summary>
/// A dated item whose date has passed never shows as upcoming (StatusToday): the seeded SSEAYP voyage of 4 November 2024
/// (still "Planned" in the source) and the 2021–2025 disaster management work plan (still "Ongoing"), read on a fixed
/// day in Jakarta; editors find them on the back office's front page. The output cache is off, so a test may move the clock.
/// </summary>
public sealed class PastDatedStatusTests() : PortalOnAFixedDay(FixedClock.NoonInJakarta(2026, 12, 6), StaffAccount.Editor)
{
    private const string Voyage = "sseayp";
    private const string WorkPlan = "asean-japan-disaster-management-work-plan-2021-2025";

    /// <summary>The voyage's timeline entry: its badge (none when done) and its class.</summary>
    private async Task<(string? Badge, string Class)> VoyageAsync(string language)
    {
        var page = await Factory.CreateClient().GetPageAsync($"/{language}/initiatives/{Voyage}");
        var item = page.QuerySelectorAll(".timeline__item").Single(li => li.QuerySelector("time")!.GetAttribute("datetime") == "2024-11-04");
        return (item.QuerySelector(".badge")?.TextContent, item.ClassName!);
    }

    private async Task<string> EyebrowAsync(string language, string slug) =>
        (await Factory.CreateClient().GetPageAsync($"/{language}/initiatives/{slug}")).QuerySelector(".eyebrow")!.TextContent;

    [Fact]
    public async Task The_voyage_still_planned_for_4_November_2024_shows_as_past_without_an_outcome()
    {
        (await VoyageAsync("en")).Badge.Should().Be("Date passed — outcome not yet recorded");
        (await VoyageAsync("ja")).Badge.Should().Be("予定日を経過・結果は未記録");
        (await VoyageAsync("en")).Class.Should().Contain("timeline__item--datepassed");

        Clock.Now = FixedClock.NoonInJakarta(2024, 11, 4);
        (await VoyageAsync("en")).Badge.Should().Be("Planned", "on the day itself the voyage is still to come");
        Clock.Now = FixedClock.NoonInJakarta(2024, 11, 5);
        (await VoyageAsync("en")).Badge.Should().Be("Date passed — outcome not yet recorded");
    }

    [Fact]
    public async Task The_2021_2025_work_plan_reads_as_ended_on_its_page_and_on_its_card()
    {
        (await EyebrowAsync("en", WorkPlan)).Should().EndWith("· Ended 2025");
        (await EyebrowAsync("ja", WorkPlan)).Should().EndWith("· 2025年に終了");
        var country = await Factory.CreateClient().GetPageAsync("/en/countries/lao-pdr");
        var card = country.QuerySelectorAll(".card").Single(c => c.QuerySelector("h3 a")!.GetAttribute("href") == $"/en/initiatives/{WorkPlan}");
        card.QuerySelector(".card__meta")!.TextContent.Should().Contain("Ended 2025").And.NotContain("Ongoing");

        Clock.Now = FixedClock.NoonInJakarta(2025, 12, 31);
        (await EyebrowAsync("en", WorkPlan)).Should().EndWith("· Ongoing", "2025 is not over until its last day");
    }

    [Fact]
    public async Task A_recorded_outcome_is_shown_instead_and_the_record_leaves_the_editors_list()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, StaffAccount.Editor.Email);
        (await NeedingUpdateAsync(editor)).Should().Contain(line => line.Contains("Ship-based programme revived"))
            .And.Contain(line => line.Contains("Ended 2025 but still recorded as “Ongoing”"));

        await using (var db = Database.CreateContext())
        {
            await db.Milestones.Where(m => m.Initiative.Slug == Voyage && m.Date.Start == new DateOnly(2024, 11, 4))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, MilestoneStatus.Achieved));
            await db.Initiatives.Where(i => i.Slug == WorkPlan).ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, InitiativeStatus.Completed));
        }

        var voyage = await VoyageAsync("en");
        voyage.Badge.Should().BeNull("a milestone done shows as done, as every achieved one does");
        voyage.Class.Should().Contain("timeline__item--achieved");
        (await EyebrowAsync("en", WorkPlan)).Should().EndWith("· Completed");
        (await NeedingUpdateAsync(editor)).Should().NotContain(line => line.Contains("Ship-based programme revived"))
            .And.NotContain(line => line.StartsWith("ASEAN-Japan Disaster Management Work Plan 2021-2025:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editors_find_what_needs_an_update_each_with_a_link_to_its_editor()
    {
        var editor = await BackOffice.SignedInClientAsync(Factory, StaffAccount.Editor.Email);
        var dashboard = await editor.GetPageAsync("/admin");
        var items = dashboard.QuerySelectorAll(".needs-update li").ToList();

        var voyage = items.Single(li => li.TextContent.Contains("Ship-based programme revived"));
        voyage.TextContent.Should().StartWith("Ship for Southeast Asian and Japanese Youth Program: ").And.Contain(", 4 November 2024, is still recorded as planned");
        var workPlan = items.Single(li => li.TextContent.StartsWith("ASEAN-Japan Disaster Management Work Plan 2021-2025:", StringComparison.Ordinal));
        workPlan.TextContent.Should().EndWith("Ended 2025 but still recorded as “Ongoing”");
        await using var db = Database.CreateContext();
        var voyageId = await db.Initiatives.Where(i => i.Slug == Voyage).Select(i => i.Id).SingleAsync();
        voyage.QuerySelector("a")!.GetAttribute("href").Should().Be($"/admin/initiatives/edit?id={voyageId}");
        (await editor.GetAsync(voyage.QuerySelector("a")!.GetAttribute("href"))).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        items.Should().NotContain(li => li.TextContent.Contains("AADMER Work Programme 2026-2030"), "2026 is not over on 6 December 2026");
    }

    [Fact]
    public async Task An_event_is_upcoming_on_the_home_page_until_its_day_has_passed()
    {
        async Task<IReadOnlyList<string>> UpcomingAsync() =>
            [.. (await Factory.CreateClient().GetPageAsync("/en")).QuerySelectorAll("[aria-labelledby=upcoming-heading] .event-list a").Select(a => a.GetAttribute("href")!)];

        Clock.Now = FixedClock.NoonInJakarta(2024, 8, 27);
        (await UpcomingAsync()).Should().Contain("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
        Clock.Now = FixedClock.NoonInJakarta(2024, 8, 28);
        (await UpcomingAsync()).Should().NotContain("/en/events/stakeholder-consultation-with-the-asean-dialogue-partners-2024");
    }

    private static async Task<IReadOnlyList<string>> NeedingUpdateAsync(HttpClient editor) =>
        [.. (await editor.GetPageAsync("/admin")).QuerySelectorAll(".needs-update li").Select(li => li.TextContent)];
}
