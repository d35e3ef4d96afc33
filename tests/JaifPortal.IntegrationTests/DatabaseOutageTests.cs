using System.Net;
using System.Net.Sockets;
using JaifPortal.IntegrationTests.Infrastructure;
using Npgsql;

namespace JaifPortal.IntegrationTests;

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
        await Eventually(() => factory.Logs.Messages.Any(message =>
            message.Contains($"Cannot reach PostgreSQL at Host=127.0.0.1;Port={proxy.Port};Database={database.Name}", StringComparison.Ordinal)));

        proxy.Open();

        await Eventually(async () => (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK);
        var recovered = await client.GetAsync("/en/initiatives/sseayp");
        recovered.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static Task Eventually(Func<bool> condition) => Eventually(() => Task.FromResult(condition()));

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The portal did not reach the expected state within 20 seconds.");
    }

    /// <summary>A port that refuses connections until opened, then forwards them to PostgreSQL: an outage the test can end.</summary>
    private sealed class TcpProxy : IAsyncDisposable
    {
        private readonly string _targetHost;
        private readonly int _targetPort;
        private readonly CancellationTokenSource _stop = new();

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
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Start();
            _ = Task.Run(async () =>
            {
                using var registration = _stop.Token.Register(listener.Stop);
                while (!_stop.IsCancellationRequested)
                {
                    TcpClient incoming;
                    try
                    {
                        incoming = await listener.AcceptTcpClientAsync(_stop.Token);
                    }
                    catch (Exception) when (_stop.IsCancellationRequested)
                    {
                        return;
                    }

                    _ = ForwardAsync(incoming);
                }
            });
        }

        private async Task ForwardAsync(TcpClient incoming)
        {
            using (incoming)
            using (var outgoing = new TcpClient())
            {
                await outgoing.ConnectAsync(_targetHost, _targetPort, _stop.Token);
                var a = incoming.GetStream();
                var b = outgoing.GetStream();
                await Task.WhenAny(a.CopyToAsync(b, _stop.Token), b.CopyToAsync(a, _stop.Token));
            }
        }

        public ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _stop.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
