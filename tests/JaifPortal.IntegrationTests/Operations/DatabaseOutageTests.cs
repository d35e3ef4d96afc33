using System.Net;
using System.Net.Sockets;
using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JaifPortal.IntegrationTests.Operations;

public class DatabaseOutageTests
{
    [Fact]
    public async Task The_portal_says_it_is_unavailable_while_postgres_is_down_and_recovers_without_a_restart()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy(server.Host!, server.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Host = "127.0.0.1",
            Port = proxy.Port,
            Timeout = 2,
        }.ConnectionString;
        await using var factory = new PortalFactory(throughProxy, waitUntilReady: false);
        using var client = factory.CreateClient();

        var health = await client.GetAsync("/health");
        var page = await client.GetAsync("/en/initiatives/sseayp");

        health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await page.Content.ReadAsStringAsync()).Should().Contain("The portal is starting", "it has not reached its database since it started");
        await factory.Logs.LoggedAsync(
            message => message.Contains($"Cannot reach PostgreSQL at Host=127.0.0.1;Port={proxy.Port};Database={database.Name}", StringComparison.Ordinal),
            "the log names the server it cannot reach");

        proxy.Open();

        await factory.Services.GetRequiredService<DatabaseReadiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(20));
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        var recovered = await client.GetAsync("/en/initiatives/sseayp");
        recovered.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signed_in_staff_get_the_unavailable_page_in_their_language_during_an_outage()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy(server.Host!, server.Port);
        proxy.Open();
        await using var factory = new PortalFactory(new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Host = "127.0.0.1",
            Port = proxy.Port,
            Timeout = 2,
        }.ConnectionString);
        await BackOffice.CreateUserAsync(factory, "official@mission.example", Web.Domain.PortalRoles.Official);
        var official = await BackOffice.SignedInClientAsync(factory, "official@mission.example");
        await BackOffice.PostFormAsync(official, "/admin", "/admin/language", new() { ["language"] = "ja" });
        (await official.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.OK);

        proxy.Close();
        var backOffice = await official.GetAsync("/admin");
        var dashboards = await official.GetAsync("/en/dashboards");

        backOffice.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await backOffice.Content.ReadAsStringAsync()).Should().Contain("一時的にご利用いただけません", "the back office speaks the language its user chose");
        dashboards.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await dashboards.Content.ReadAsStringAsync()).Should().Contain("Temporarily unavailable", "a page under /en is answered in English");
    }

    [Fact]
    public async Task After_postgres_restarts_the_first_request_of_an_idle_instance_succeeds()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        await using var factory = new PortalFactory(database.ConnectionString);
        await BackOffice.CreateUserAsync(factory, "official@mission.example", Web.Domain.PortalRoles.Official);
        var official = await BackOffice.SignedInClientAsync(factory, "official@mission.example");
        var visitor = factory.CreateClient();
        (await visitor.GetAsync("/en/initiatives/sseayp")).StatusCode.Should().Be(HttpStatusCode.OK, "the pool now holds open connections");

        // What a restart does to every connection the portal keeps open: the server ends it.
        await PostgresTestServer.ExecuteAsync(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database.Name}' AND pid <> pg_backend_pid()");

        (await visitor.GetAsync("/en/initiatives/sseayp")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await official.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>A port that refuses connections until opened, then forwards them to PostgreSQL: an outage the test can end, and start again.</summary>
    private sealed class TcpProxy : IAsyncDisposable
    {
        private readonly string _targetHost;
        private readonly int _targetPort;
        private CancellationTokenSource _session = new();

        public TcpProxy(string targetHost, int targetPort)
        {
            _targetHost = targetHost;
            _targetPort = targetPort;
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;

            // Closed until Open(): nothing accepts, and a refused connection is what a stopped server gives.
            probe.Stop();
        }

        public int Port { get; }

        public void Open()
        {
            _session = new CancellationTokenSource();
            var session = _session.Token;
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Start();
            _ = Task.Run(async () =>
            {
                using var registration = session.Register(listener.Stop);
                while (!session.IsCancellationRequested)
                {
                    TcpClient incoming;
                    try
                    {
                        incoming = await listener.AcceptTcpClientAsync(session);
                    }
                    catch (Exception) when (session.IsCancellationRequested)
                    {
                        return;
                    }

                    _ = ForwardAsync(incoming, session);
                }
            });
        }

        /// <summary>Drops every forwarded connection and refuses new ones, as a server that went down.</summary>
        public void Close() => _session.Cancel();

        private async Task ForwardAsync(TcpClient incoming, CancellationToken session)
        {
            using (incoming)
            using (var outgoing = new TcpClient())
            {
                try
                {
                    await outgoing.ConnectAsync(_targetHost, _targetPort, session);
                    var a = incoming.GetStream();
                    var b = outgoing.GetStream();
                    await Task.WhenAny(a.CopyToAsync(b, session), b.CopyToAsync(a, session));
                }
                catch (OperationCanceledException)
                {
                    // The outage began: both ends are closed below.
                }
            }
        }

        public ValueTask DisposeAsync()
        {
            _session.Cancel();
            _session.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
