using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data.Generation;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace JaifPortal.IntegrationTests.Data;

public class DataGeneratorTests
{
    private static Task<int> GenerateAsync(PortalFactory portal, params string[] options) =>
        GenerateDataCommand.RunAsync(portal.Services, portal.Services.GetRequiredService<IHostEnvironment>(), options);

    [Fact]
    public async Task Generated_records_cover_every_area_and_country_and_reach_the_public_pages()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var portal = new PortalFactory(database.ConnectionString);
        var client = portal.CreateClient();
        await using var db = database.CreateContext();
        var publishedBefore = await db.Initiatives.Published().CountAsync();

        var exitCode = await GenerateAsync(portal, "--initiatives", "150", "--events", "100", "--milestones", "600", "--seed", "7");

        exitCode.Should().Be(0);
        var generated = db.Initiatives.Where(i => i.Slug.StartsWith(DataGenerator.SlugPrefix));
        (await generated.CountAsync()).Should().Be(150);
        (await db.Events.CountAsync(e => e.Slug.StartsWith(DataGenerator.SlugPrefix))).Should().Be(100);
        (await db.Milestones.CountAsync(m => m.Initiative.Slug.StartsWith(DataGenerator.SlugPrefix))).Should().Be(600);
        (await db.CooperationAreas.CountAsync(a => !a.Initiatives.Any(link => EF.Functions.Like(link.Initiative.Slug, DataGenerator.SlugPrefix + "%"))))
            .Should().Be(0, "every cooperation area receives generated initiatives");
        (await db.CooperationAreas.CountAsync(a => !db.Events.Any(e => e.Slug.StartsWith(DataGenerator.SlugPrefix) && e.Areas.Any(link => link.CooperationAreaId == a.Id))))
            .Should().Be(0, "every cooperation area receives generated events");
        (await db.Countries.CountAsync(c => !db.Initiatives.Any(i => i.Slug.StartsWith(DataGenerator.SlugPrefix) && i.Countries.Any(link => link.CountryId == c.Id))))
            .Should().Be(0, "every country receives generated initiatives");
        (await generated.CountAsync(i => i.AreaIds.Count != i.Areas.Count || (i.PillarIds.Count == 0) != (i.Areas.Count == 0)
                || i.Countries.Any(link => !i.CountryIds.Contains(link.CountryId))
                || i.Organisations.Any(link => !i.OrganisationIds.Contains(link.OrganisationId))))
            .Should().Be(0, "lists, facets and dashboards find an initiative by the areas, pillars, countries and organisations kept on its row");
        (await db.Events.CountAsync(e => e.Slug.StartsWith(DataGenerator.SlugPrefix) && (e.AreaIds.Count != e.Areas.Count || e.PillarIds.Count == 0)))
            .Should().Be(0, "dashboards find an event by the areas and pillars kept on its row");
        (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_trigger WHERE tgenabled = 'D'").SingleAsync())
            .Should().Be(0, "the triggers that keep those rows current for the editors' later changes are on again");
        (await generated.Select(i => i.Publication).Distinct().ToListAsync())
            .Should().Contain([PublicationStatus.Published, PublicationStatus.Draft, PublicationStatus.InReview]);
        (await generated.Where(i => i.StartDate != null).Select(i => i.StartDate!.Precision).Distinct().CountAsync())
            .Should().Be(Enum.GetValues<DatePrecision>().Length, "start dates come in every precision");
        (await generated.SelectMany(i => i.Translations).CountAsync(t => !t.IsPublished))
            .Should().BePositive("some translations are left unpublished");
        (await generated.CountAsync(i => i.Translations.Count == 1)).Should().BePositive("some records are in one language only");

        var publishedAfter = await db.Initiatives.Published().CountAsync();
        publishedAfter.Should().BeGreaterThan(publishedBefore + 100);
        var list = await HtmlPage.ParseAsync(await client.GetAsync("/en/initiatives"));
        list.QuerySelector("p.count")!.TextContent.Should().StartWith($"{publishedAfter:N0} initiatives");

        var shown = await generated.Published()
            .Where(i => i.Translations.Any(t => t.Language == ContentLanguage.English && t.IsPublished))
            .Select(i => new { i.Slug, i.Translations.First(t => t.Language == ContentLanguage.English).Name })
            .FirstAsync();
        (await client.GetAsync($"/en/initiatives/{shown.Slug}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var search = await HtmlPage.ParseAsync(await client.GetAsync($"/en/search?q={Uri.EscapeDataString(shown.Name)}"));
        search.QuerySelectorAll("#results-initiatives h3 a").Select(a => a.GetAttribute("href")).Should().Contain($"/en/initiatives/{shown.Slug}");
        var draft = await generated.Where(i => i.Publication == PublicationStatus.Draft).Select(i => i.Slug).FirstAsync();
        (await client.GetAsync($"/en/initiatives/{draft}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_database_with_more_than_the_seed_content_is_left_alone_unless_forced()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var portal = new PortalFactory(database.ConnectionString);
        await using var db = database.CreateContext();
        (await GenerateAsync(portal, "--initiatives", "40", "--events", "40", "--milestones", "40")).Should().Be(0);
        var firstSlugs = await db.Initiatives.Where(i => i.Slug.StartsWith(DataGenerator.SlugPrefix)).Select(i => i.Slug).ToListAsync();

        (await GenerateAsync(portal, "--initiatives", "50")).Should().Be(1, "the database already holds generated records");
        (await GenerateAsync(portal, "--initiatives", "50", "--keep-existing")).Should().Be(0);
        (await db.Initiatives.Where(i => i.Slug.StartsWith(DataGenerator.SlugPrefix)).Select(i => i.Slug).ToListAsync())
            .Should().BeEquivalentTo(firstSlugs, "a refused or kept run changes nothing");
        portal.Logs.Messages.Should().Contain(m => m.Contains("pass --force", StringComparison.Ordinal));

        (await GenerateAsync(portal, "--initiatives", "50", "--events", "10", "--milestones", "20", "--force")).Should().Be(0);
        (await db.Initiatives.CountAsync(i => i.Slug.StartsWith(DataGenerator.SlugPrefix))).Should().Be(50, "earlier generated records are replaced");
        (await db.Events.CountAsync(e => e.Slug.StartsWith(DataGenerator.SlugPrefix))).Should().Be(10);
        (await db.Milestones.CountAsync(m => m.Initiative.Slug.StartsWith(DataGenerator.SlugPrefix))).Should().Be(20);
    }

    [Fact]
    public async Task Production_and_unknown_options_are_refused_before_anything_is_written()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var portal = new PortalFactory(database.ConnectionString);
        await using var db = database.CreateContext();

        var production = new HostingEnvironment { EnvironmentName = Environments.Production };
        (await GenerateDataCommand.RunAsync(portal.Services, production, ["--initiatives", "10"])).Should().Be(1);
        (await GenerateAsync(portal, "--initiatives", "ten")).Should().Be(2);
        (await GenerateAsync(portal, "--colour", "blue")).Should().Be(2);

        (await db.Initiatives.CountAsync(i => i.Slug.StartsWith(DataGenerator.SlugPrefix))).Should().Be(0);
        portal.Logs.Messages.Should().Contain(m => m.Contains("refuses to run in the Production environment", StringComparison.Ordinal));
    }
}
