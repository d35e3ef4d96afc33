using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace JaifPortal.Web.Startup;

/// <summary>
/// The address visitors use (Portal:PublicBaseUrl). Outside Development it is required: every absolute link
/// (canonical and hreflang links, sitemap, robots.txt, feeds, downloads, the IATI file, the OpenAPI document)
/// and the redirect to https are built from it, so a request's Host header never reaches a page or a cache.
/// </summary>
public static class PublicAddress
{
    /// <summary>The document PortalApi's AddOpenApi() describes (its default name, served at /openapi/v1.json).</summary>
    private const string OpenApiDocumentName = "v1";

    public static WebApplicationBuilder AddPublicAddress(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalOptions>().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PortalOptions>, PublicBaseUrlValidation>();

        // The OpenAPI document names the server it describes; by default that is the request's own host.
        builder.Services.Configure<OpenApiOptions>(OpenApiDocumentName, options => options.AddDocumentTransformer((document, context, _) =>
        {
            if (context.ApplicationServices.GetRequiredService<IOptions<PortalOptions>>().Value.PublicBaseUrl is { Length: > 0 } publicBaseUrl)
            {
                document.Servers = [new OpenApiServer { Url = publicBaseUrl.TrimEnd('/') }];
            }

            return Task.CompletedTask;
        }));
        return builder;
    }
}

/// <summary>Refuses to start without a usable public address where one is required, naming the setting.</summary>
public sealed class PublicBaseUrlValidation(IHostEnvironment environment) : IValidateOptions<PortalOptions>
{
    private const string Setting = $"{PortalOptions.Section}:{nameof(PortalOptions.PublicBaseUrl)}";

    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"{Setting} is not set. In the {environment.EnvironmentName} environment every absolute link and the redirect to https " +
                    "are built from it, never from the request's Host header: set it to the address visitors use, " +
                    "e.g. the environment variable Portal__PublicBaseUrl=https://portal.example (docs/operations.md).");
        }

        var httpAllowed = environment.IsDevelopment();
        var valid = Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || (httpAllowed && url.Scheme == Uri.UriSchemeHttp))
            && url.AbsolutePath == "/" && url.Query.Length == 0 && url.Fragment.Length == 0;
        return valid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{Setting} '{options.PublicBaseUrl}' is not an absolute {(httpAllowed ? "http(s)" : "https")} address without a path, " +
                "e.g. https://portal.example.");
    }
}
