using System.Net;
using System.Net.Sockets;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Addresses on this machine. Every 127.x.y.z address is loopback, so a client can come from 127.0.0.3 as
/// if from another computer: that is how the tests tell a listed proxy (127.0.0.1) from anyone else.
/// </summary>
public static class Loopback
{
    /// <summary>A port nothing listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// A client that reaches any address it is given at 127.0.0.1:<paramref name="port"/>, from <paramref name="from"/>
    /// (127.0.0.1 when null), trusting only <paramref name="certificate"/> for https. It follows no redirects.
    /// </summary>
    public static HttpClient Client(Uri baseAddress, int port, IPAddress? from = null, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            PooledConnectionLifetime = TimeSpan.Zero,
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from ?? IPAddress.Loopback, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        if (certificate is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
                presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();
        }

        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }
}
