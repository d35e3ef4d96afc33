using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JaifPortal.IntegrationTests.Operations;

/// <summary>
/// Two instances of the portal on one database, as production runs them: public copies shared in Redis (or each
/// instance's own), and visitors' public reads from a streaming standby. A copy served from the output cache carries
/// an Age header; a computed answer does not.
/// </summary>
public sealed class SharedCopiesAndStandbyTests(RedisServer redis, StreamingStandby standby) : IClassFixture<RedisServer>, IClassFixture<StreamingStandby>
{
    private const string Jenesys = "/en/initiatives/jenesys";

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_publication_on_one_instance_shows_on_the_others_next_anonymous_request_within_a_second(bool withRedis)
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var settings = withRedis ? new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.ConnectionString } : null;
        await using var a = new PortalFactory(database.ConnectionString, settings);
        await using var b = new PortalFactory(database.ConnectionString, settings);
        await BackOffice.CreateUserAsync(a, "editor@jmt.example", PortalRoles.Editor, PortalRoles.Reviewer);
        var visitorOfA = BackOffice.NewClient(a);
        var visitorOfB = BackOffice.NewClient(b);
        await visitorOfB.GetAsync(Jenesys);
        FromCache(await visitorOfB.GetAsync(Jenesys)).Should().BeTrue();
        if (withRedis)
        {
            await visitorOfA.GetAsync("/ja/initiatives/jenesys");
            FromCache(await visitorOfB.GetAsync("/ja/initiatives/jenesys")).Should().BeTrue("with Redis, a copy one instance made serves the other");
        }

        var editor = await BackOffice.SignedInClientAsync(a, "editor@jmt.example");
        int id;
        await using (var db = database.CreateContext())
        {
            id = await db.Initiatives.Where(i => i.Slug == "jenesys").Select(i => i.Id).SingleAsync();
        }

        var form = await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={id}");
        form["Form.Texts[en].Name"] = "JENESYS, published on instance A";
        (await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/edit?id={id}&handler=Save", form)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/edit?id={id}&handler=Submit", await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={id}"));
        var version = await VersionAsync(database, id);
        (await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/edit?id={id}&handler=Publish", new() { ["Version"] = version }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        await Eventually.HoldsAsync(
            async () => (await visitorOfB.GetPageAsync(Jenesys)).QuerySelector("h1")!.TextContent == "JENESYS, published on instance A",
            "instance B shows what was published on instance A",
            seconds: 1);
    }

    [Fact]
    public async Task Pages_keep_answering_while_Redis_is_away_and_are_kept_there_again_once_it_is_back()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var portal = new PortalFactory(database.ConnectionString, new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var visitor = BackOffice.NewClient(portal);
        await visitor.GetAsync(Jenesys);
        FromCache(await visitor.GetAsync(Jenesys)).Should().BeTrue();

        await redis.StopAsync();
        try
        {
            foreach (var path in new[] { Jenesys, "/en", "/en/initiatives", Jenesys })
            {
                var response = await visitor.GetAsync(path);
                response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path} is computed while Redis is away");
                FromCache(response).Should().BeFalse();
            }

            portal.Logs.Messages.Count(m => m.StartsWith("Redis does not answer", StringComparison.Ordinal)).Should().Be(1, "the outage is logged once");
        }
        finally
        {
            await redis.StartAsync();
        }

        await Eventually.HoldsAsync(
            async () =>
            {
                await visitor.GetAsync(Jenesys);
                return FromCache(await visitor.GetAsync(Jenesys));
            },
            "pages are kept in Redis again");
        portal.Logs.Messages.Should().Contain(m => m.StartsWith("Redis answers again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Visitors_read_from_the_standby_staff_from_the_primary_and_a_stopped_standby_costs_no_page()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await standby.CatchUpAsync();
        await using var portal = new PortalFactory(database.ConnectionString, new Dictionary<string, string>
        {
            ["ConnectionStrings:PortalReadOnly"] = standby.PreferStandbyConnectionStringFor(database.Name),
            ["Portal:OutputCache:Enabled"] = "false",
        });
        await BackOffice.CreateUserAsync(portal, "editor@jmt.example", PortalRoles.Editor);
        var visitor = BackOffice.NewClient(portal);

        (await visitor.GetAsync(Jenesys)).StatusCode.Should().Be(HttpStatusCode.OK);

        // Npgsql sends a read to the primary when its first try of the standby fails, and then leaves the standby alone
        // for ten seconds (Host Recheck Seconds): on a busy machine a first read may land there. Each further search is
        // computed afresh, so within the wait one of them must be read from the standby.
        var searches = 0;
        await Eventually.HoldsAsync(
            async () =>
            {
                if (await SessionsOnAsync(standby.ConnectionStringFor("postgres"), database.Name) > 0)
                {
                    return true;
                }

                (await visitor.GetAsync($"/en/search?q=youth+{++searches}")).StatusCode.Should().Be(HttpStatusCode.OK);
                return false;
            },
            "visitors' pages are read from the standby");

        // An editor reads what they saved at once: the back office reads the primary.
        var editor = await BackOffice.SignedInClientAsync(portal, "editor@jmt.example");
        int id;
        await using (var db = database.CreateContext())
        {
            id = await db.Initiatives.Where(i => i.Slug == "jenesys").Select(i => i.Id).SingleAsync();
        }

        var form = await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={id}");
        form["Form.Texts[en].Summary"] = "Saved a moment ago";
        await BackOffice.PostFormAsync(editor, "/admin", $"/admin/initiatives/edit?id={id}&handler=Save", form);
        (await EditForm.ReadAsync(editor, $"/admin/initiatives/edit?id={id}"))["Form.Texts[en].Summary"].Should().Be("Saved a moment ago");

        await standby.StopAsync();
        try
        {
            foreach (var path in new[] { Jenesys, "/en", "/en/initiatives?country=VN", "/en/search?q=youth", "/ja/pillars/partners-for-peace-and-stability" })
            {
                (await visitor.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, $"{path} is read from the primary while the standby is down");
            }
        }
        finally
        {
            await standby.StartAsync();
        }
    }

    private static async Task<string> VersionAsync(TestDatabase database, int id)
    {
        await using var db = database.CreateContext();
        return (await db.Initiatives.Where(i => i.Id == id).Select(i => i.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<long> SessionsOnAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @database", connection);
        command.Parameters.AddWithValue("database", database);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
