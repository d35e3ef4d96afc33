using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>A Razor page as routing knows it, read from the portal's own endpoints, so a new page is covered without listing it.</summary>
public sealed record PageEndpoint(RouteEndpoint Endpoint, CompiledPageActionDescriptor Page)
{
    public string Route => Endpoint.RoutePattern.RawText ?? string.Empty;

    /// <summary>Whether only a signed-in account may use the page.</summary>
    public bool NeedsSignIn =>
        Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0 && Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

    /// <summary>The page's address, in lower case as the portal writes its links (the session cookie's path is /admin), with each route value taken from <paramref name="valueOf"/> (given the parameter's name).</summary>
    public string PathWith(Func<string, string> valueOf) =>
        "/" + string.Join('/', Endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content.ToLowerInvariant(),
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
                parameter.Name == "lang" ? ContentLanguage.English : Uri.EscapeDataString(valueOf(parameter.Name)),
            _ => string.Empty,
        })))).TrimEnd('/');

    public static async Task<IReadOnlyList<PageEndpoint>> AllAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var pages = new List<PageEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                pages.Add(new PageEndpoint(endpoint, await loader.LoadAsync(descriptor, endpoint.Metadata)));
            }
        }

        return pages;
    }
}
