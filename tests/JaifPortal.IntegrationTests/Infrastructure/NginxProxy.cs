using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// nginx in front of portal instances with the repository's configuration (deploy/nginx/portal.conf.template,
/// rendered and started by .ci/local-nginx, as `make cluster` does), with TLS for <see cref="ServerName"/> on a
/// free loopback port. Its default buffers are left as they are, as a production nginx would have them.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    /// <summary>Not localhost: HSTS is never sent to localhost, so the public name must be another.</summary>
    public const string ServerName = "portal.test";

    private readonly string _name = $"nginx-test-{Guid.NewGuid():N}"[..20];
    private X509Certificate2? _certificate;

    public int Port { get; } = Loopback.FreePort();

    /// <summary>The address visitors use, for Portal:PublicBaseUrl.</summary>
    public Uri PublicBaseUrl => new($"https://{ServerName}:{Port}");

    public async Task StartAsync(IEnumerable<int> instancePorts)
    {
        await RepositoryScripts.RunAsync("local-nginx", [
            "start", _name, Port.ToString(CultureInfo.InvariantCulture), ServerName,
            .. instancePorts.Select(port => $"127.0.0.1:{port}")]);
        _certificate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(RepositoryScripts.LocalFolder(_name), "tls", "portal.crt"));
    }

    /// <summary>A visitor's client, connecting from <paramref name="from"/> (127.0.0.1 when null) and trusting nginx's certificate.</summary>
    public HttpClient CreateClient(IPAddress? from = null) => Loopback.Client(PublicBaseUrl, Port, from, _certificate);

    public async ValueTask DisposeAsync()
    {
        await RepositoryScripts.RunAsync("local-nginx", "stop", _name);
        _certificate?.Dispose();
        if (Directory.Exists(RepositoryScripts.LocalFolder(_name)))
        {
            Directory.Delete(RepositoryScripts.LocalFolder(_name), recursive: true);
        }
    }
}
