using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Ical.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Discovery;

public sealed class FeedTests : PortalPerTest
{
    private HttpClient Client => field ??= Factory.CreateClient();

    private async Task<SyndicationFeed> FeedAsync(string path)
    {
        var response = await Client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task The_home_page_names_its_atom_and_icalendar_feeds()
    {
        var page = await HtmlPage.ParseAsync(await Client.GetAsync("/ja"));

        page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href"))
            .Should().Equal("/ja/feeds/initiatives.atom", "/ja/feeds/events.atom");
        page.QuerySelector("link[rel=alternate][type='text/calendar']")!.GetAttribute("href").Should().Be("/ja/feeds/calendar.ics");
    }

    [Fact]
    public async Task The_initiative_feed_lists_published_initiatives_in_the_visitors_language_and_filters_by_pillar_and_country()
    {
        var all = await FeedAsync("/ja/feeds/initiatives.atom");
        var pillar3 = await FeedAsync("/en/feeds/initiatives.atom?pillar=partners-for-peace-and-stability");
        var vietNam = await FeedAsync("/en/feeds/initiatives.atom?country=vn");

        all.Items.Should().HaveCount(50, "the feed carries the 50 most recently changed");
        all.Items.Select(i => i.Title.Text).Should().Contain("東南アジア青年の船");
        pillar3.Title.Text.Should().EndWith("Partners for Peace and Stability");
        pillar3.Items.Select(i => i.Links[0].Uri.AbsolutePath).Should().Contain("/en/initiatives/jasmine").And.NotContain("/en/initiatives/jenesys");
        vietNam.Items.Select(i => i.Links[0].Uri.AbsolutePath).Should().Contain("/en/initiatives/sseayp");
        (await Client.GetAsync("/en/feeds/initiatives.atom?pillar=no-such-pillar")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a feed cannot show a note, so a filter naming nothing is refused (docs/filters.md)");
    }

    [Theory]
    [InlineData("/en/pillars/partners-for-peace-and-stability", "pillar=partners-for-peace-and-stability")]
    [InlineData("/ja/countries/viet-nam", "country=VN")]
    public async Task Pillar_and_country_pages_link_their_feeds_visibly_and_as_alternates(string path, string filter)
    {
        var page = await HtmlPage.ParseAsync(await Client.GetAsync(path));
        var lang = path[1..3];

        var expected = new[] { $"/{lang}/feeds/initiatives.atom?{filter}", $"/{lang}/feeds/events.atom?{filter}" };
        page.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href"))
            .Should().Contain(expected);
        page.QuerySelectorAll(".feed-links a").Select(a => a.GetAttribute("href")).Should().Equal(expected);
        (await FeedAsync(expected[0])).Items.Should().NotBeEmpty();
        await FeedAsync(expected[1]);
    }

    [Fact]
    public async Task A_pillars_event_feed_holds_the_events_its_list_shows()
    {
        // An event of another pillar that one of this pillar's initiatives took part in: not in the pillar's list, nor in its feed.
        const string pillar = "partners-for-peace-and-stability";
        await using (var db = Database.CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO event_initiative (event_id, initiative_id)
                SELECT e.id, i.id FROM events e, initiatives i WHERE e.slug = '1st-azec-ministerial-meeting-2023' AND i.slug = 'jasmine'
                """);
        }

        var feed = await FeedAsync($"/en/feeds/events.atom?pillar={pillar}");
        var list = await HtmlPage.ParseAsync(await Client.GetAsync($"/en/events?pillar={pillar}"));

        feed.Items.Select(i => i.Links[0].Uri.AbsolutePath).Should().BeEquivalentTo(
            list.QuerySelectorAll(".event-list li a").Select(a => a.GetAttribute("href")), "the feed filters as the list does");
    }

    [Fact]
    public async Task The_event_feed_follows_a_country()
    {
        var indonesia = await FeedAsync("/en/feeds/events.atom?country=ID");

        indonesia.Items.Select(i => i.Title.Text).Should().Contain(title => title.StartsWith("Stakeholder Consultation with the ASEAN Dialogue Partners (27 August 2024)", StringComparison.Ordinal));
        indonesia.Items.Should().OnlyContain(i => i.Links[0].Uri.AbsolutePath.StartsWith("/en/events/", StringComparison.Ordinal));

        var japanese = await FeedAsync("/ja/feeds/events.atom?country=ID");
        japanese.Items.Should().NotBeEmpty().And.OnlyContain(i => i.Title.Text.EndsWith('）') && !i.Title.Text.Contains(" (", StringComparison.Ordinal),
            "a Japanese title writes its date in full-width brackets");
    }

    [Fact]
    public async Task The_calendar_holds_upcoming_dated_events_and_milestones_but_nothing_past_or_undated()
    {
        var soon = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        await using (var db = Database.CreateContext())
        {
            var consultation = await db.Events.SingleAsync(e => e.Slug == "stakeholder-consultation-with-the-asean-dialogue-partners-2024");
            consultation.StartDate = new PartialDate(soon, DatePrecision.Day);
            var monthOnly = await db.Events.FirstAsync(e => e.Slug != consultation.Slug);
            monthOnly.StartDate = PartialDate.InMonth(soon.Year + 1, 1);
            await db.SaveChangesAsync();
        }

        var response = await Client.GetAsync("/en/feeds/calendar.ics");
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        calendar.Events.Should().HaveCount(2);
        var entry = calendar.Events.Single(e => e.DtStart!.Date == soon);
        entry.Summary.Should().Be("Stakeholder Consultation with the ASEAN Dialogue Partners");
        entry.Location.Should().Be("Jakarta");
        entry.DtStart!.HasTime.Should().BeFalse("the source gives a day, not a time");
        var firstOfMonth = calendar.Events.Single(e => e != entry);
        firstOfMonth.DtStart!.Date.Should().Be(new DateOnly(soon.Year + 1, 1, 1), "an item known to the month stands on its first day");
        firstOfMonth.DtStart.HasTime.Should().BeFalse();
        firstOfMonth.Description.Should().StartWith($"The source gives the month only (January {soon.Year + 1}); this entry stands on the first of the month.");
    }

    [Fact]
    public async Task With_nothing_upcoming_the_calendar_is_still_a_valid_calendar_with_a_component()
    {
        await using (var db = Database.CreateContext())
        {
            await db.Events.ExecuteUpdateAsync(e => e.SetProperty(x => x.Publication, PublicationStatus.Draft));
            await db.Initiatives.ExecuteUpdateAsync(i => i.SetProperty(x => x.Publication, PublicationStatus.Draft));
        }

        var text = await Client.GetStringAsync("/ja/feeds/calendar.ics");

        text.Should().StartWith("BEGIN:VCALENDAR").And.Contain("BEGIN:VTIMEZONE", "RFC 5545 wants at least one component in a calendar");
        Calendar.Load(text)!.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task Atom_feeds_name_their_author_as_rfc_4287_requires()
    {
        var feed = await FeedAsync("/ja/feeds/events.atom");

        feed.Authors.Should().ContainSingle().Which.Name.Should().Be("JAIFポータル");
    }
}
