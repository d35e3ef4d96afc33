using System.Net;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JaifPortal.IntegrationTests.Operations;

public class PortalHealthTests
{
    [Fact]
    public async Task Liveness_stays_200_while_readiness_answers_503_with_the_database_down()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionStringFor("jaif_unreachable"))
        {
            Host = "127.0.0.1",
            Port = Loopback.FreePort(),
            Timeout = 2,
        }.ConnectionString;
        await using var factory = new PortalFactory(nowhere, waitUntilReady: false);
        using var client = factory.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "/health is /health/ready under its older name");
    }

    [Fact]
    public async Task An_instance_started_before_migrate_says_it_is_starting_and_queries_nothing_until_the_migrations_are_applied()
    {
        await using var database = TestDatabase.CreateNamedOnly();
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }

        await using var factory = new PortalFactory(database.ConnectionString, new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["Portal:PublicBaseUrl"] = "https://portal.example",
        }, waitUntilReady: false);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var feed = await client.GetAsync("/ja/feeds/events.atom");

        feed.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        feed.Headers.RetryAfter.Should().NotBeNull();
        (await feed.Content.ReadAsStringAsync()).Should().Contain("ポータルを起動しています", "the page speaks the language of the address");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        await factory.Logs.LoggedAsync(message => message.Contains("Run the 'migrate' command", StringComparison.Ordinal), "the log tells the operator to run migrate");

        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await factory.Services.GetRequiredService<DatabaseReadiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(20));
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK, "the instance becomes ready");
        (await client.GetAsync("/ja/feeds/events.atom")).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Logs.Errors.Should().NotContain(
            line => line.Contains("DbCommand", StringComparison.Ordinal) || line.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase),
            "no page ran a query against the half-migrated schema");
    }
}
