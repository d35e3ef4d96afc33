using JaifPortal.Web.Pages.Shared;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Startup;

/// <summary>
/// Outside Development the portal is reached over https only (TLS ends at the proxy, which says so in
/// X-Forwarded-Proto): answers carry HSTS, and a request that arrives over plain http is sent to the same
/// path under Portal:PublicBaseUrl. Health probes are answered over plain http, as orchestrators send them.
/// </summary>
public static class TransportSecurity
{
    /// <summary>A year, with subdomains: what browsers' HSTS preload lists ask for.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static WebApplicationBuilder AddTransportSecurity(this WebApplicationBuilder builder)
    {
        // HSTS is not sent to localhost (ASP.NET Core's default exclusions), so trying `make cluster` at
        // https://localhost:8443 does not pin every other local port of the browser to https for a year.
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = true;
        });
        return builder;
    }

    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseHsts();
        var publicBaseUrl = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.PublicBaseUrl!.TrimEnd('/');
        app.Use((context, next) =>
        {
            if (context.Request.IsHttps || PortalHealth.IsProbe(context.Request.Path))
            {
                return next(context);
            }

            // To the public address, never the Host header.
            var request = context.Request;
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = publicBaseUrl + request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
            return Task.CompletedTask;
        });
        return app;
    }
}
