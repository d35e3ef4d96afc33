using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JaifPortal.IntegrationTests.Operations;

/// <summary>Two instances over one database: the scheduled publisher runs on one of them, and on the other once that one stops.</summary>
public sealed class ScheduledPublicationAcrossInstancesTests : IAsyncLifetime
{
    private const string Runs = "now runs the scheduled publisher";

    private static readonly Dictionary<string, string> EveryFewMoments = new() { ["Portal:ScheduledPublishingInterval"] = "00:00:00.2" };

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task One_instance_publishes_what_is_due_once_and_the_other_takes_over_when_it_stops()
    {
        var first = new PortalFactory(_database.ConnectionString, EveryFewMoments);
        first.Server.Should().NotBeNull();
        await first.Logs.LoggedAsync(message => message.Contains(Runs, StringComparison.Ordinal), "the first instance takes the scheduled publisher");
        await using var second = new PortalFactory(_database.ConnectionString, EveryFewMoments);
        second.Server.Should().NotBeNull();

        await MakeDueAsync("sseayp");
        await Eventually.HoldsAsync(() => IsPublishedAsync("sseayp"), "the due initiative is published");

        (await PublishedRevisionsAsync("sseayp")).Should().Be(1, "one instance published it, once");
        (await AdvisoryLocksAsync()).Should().Be(1);
        Logged(second, Runs).Should().BeFalse("the second instance waits while the first one runs it");

        await first.DisposeAsync();
        await second.Logs.LoggedAsync(message => message.Contains(Runs, StringComparison.Ordinal), "the second instance takes over");
        await MakeDueAsync("aomi");
        await Eventually.HoldsAsync(() => IsPublishedAsync("aomi"), "the next due initiative is published by the second instance");
        (await PublishedRevisionsAsync("aomi")).Should().Be(1);
    }

    private static bool Logged(PortalFactory instance, string text) =>
        instance.Logs.Messages.Any(message => message.Contains(text, StringComparison.Ordinal));

    /// <summary>Back in review with its publication scheduled a minute ago, as a reviewer's schedule leaves it when the time comes.</summary>
    private async Task MakeDueAsync(string slug)
    {
        await using var db = _database.CreateContext();
        await db.Initiatives.Where(i => i.Slug == slug).ExecuteUpdateAsync(set => set
            .SetProperty(i => i.Publication, PublicationStatus.InReview)
            .SetProperty(i => i.ScheduledPublishAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
    }

    private async Task<bool> IsPublishedAsync(string slug)
    {
        await using var db = _database.CreateContext();
        return await db.Initiatives.AnyAsync(i => i.Slug == slug && i.Publication == PublicationStatus.Published && i.ScheduledPublishAt == null);
    }

    private async Task<int> PublishedRevisionsAsync(string slug)
    {
        await using var db = _database.CreateContext();
        var id = await db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync();
        return await db.Revisions.CountAsync(r => r.RecordType == "Initiative" && r.RecordId == id && r.Kind == RevisionKind.Published);
    }

    /// <summary>Advisory locks held in this test's database.</summary>
    private async Task<long> AdvisoryLocksAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
