using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace JaifPortal.Web.Startup;

/// <summary>The reverse proxies whose X-Forwarded-* headers the portal believes ("ForwardedHeaders" in configuration).</summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the proxies in front of the portal, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to believe (nginx alone: 1; a CDN in front of nginx: 2).</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>
/// Behind nginx the connection comes from the proxy: the client's address, the https scheme and the host
/// arrive as X-Forwarded-For, -Proto and -Host. They are believed only from the configured proxies; from
/// anyone else they are ignored, so a visitor cannot pose as another address to the audit log or the rate limit.
/// </summary>
public static class ForwardedClient
{
    public static WebApplicationBuilder AddForwardedClient(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();

        // Parsed here rather than on the first request, so a mistyped address stops the start with its name.
        var addresses = proxies.KnownProxies.Select(proxy => IPAddress.TryParse(proxy, out var address)
            ? address
            : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownProxies: '{proxy}' is not an IP address.")).ToList();
        var networks = proxies.KnownNetworks.Select(network => System.Net.IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/24).")).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = proxies.ForwardLimit;

            // ASP.NET Core believes loopback by default; only what the operator lists counts here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            addresses.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after it sees the visitor's address and scheme.</summary>
    public static WebApplication UseForwardedClient(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
