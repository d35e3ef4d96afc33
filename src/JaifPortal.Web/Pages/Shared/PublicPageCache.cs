using System.Globalization;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>Settings of the output cache of public answers ("Portal:OutputCache" in configuration).</summary>
public sealed class PublicCacheOptions
{
    /// <summary>Off computes every answer, e.g. to measure the pages themselves (Portal__OutputCache__Enabled=false).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a copy is served. Content changes end copies at once; this bounds only what moves with the
    /// clock alone (an event that becomes past, "today" in Jakarta).
    /// </summary>
    public int Seconds { get; set; } = 600;
}

/// <summary>
/// Which answers ASP.NET Core's output cache may keep and serve: GET and HEAD of endpoints marked
/// <see cref="PublicCacheAttribute"/>, for visitors who are not signed in, and only answers of 200 that set
/// no cookie. Copies vary by the path (so the language), the query keys the endpoint names and the content
/// version, so a copy computed before a change is never served after it, on any instance, even one that has
/// not evicted it yet (the version is heard through <see cref="ContentVersionWatch"/>).
/// </summary>
public sealed class PublicPageCache(
    ContentVersionWatch versions, IOptions<PortalOptions> portal, IOptionsMonitor<CookieAuthenticationOptions> cookies) : IOutputCachePolicy
{
    /// <summary>The tag of every public copy, evicted as a whole when the content changes (<see cref="PublicPageEviction"/>).</summary>
    public const string Tag = "public";

    private const string ContentKey = "content";

    private static readonly object ServedCopyKey = new();

    private string SignInCookie => cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? string.Empty;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var answer = http.GetEndpoint()?.Metadata.GetMetadata<PublicCacheAttribute>();
        if (!portal.Value.OutputCache.Enabled || answer is null || !IsAnonymousRead(http.Request))
        {
            return;
        }

        // A copy varies by the value each key has as the page reads it: the first, as given. (The framework's own
        // rule sorts repeated values, so ?country=MM&country=BN and ?country=BN&country=MM would share a copy
        // although the pages differ.) A control character could forge the key's separators: such a request is computed.
        var read = answer.QueryKeys.Select(key => (Key: key, Value: FilterKeys.FirstValue(http.Request.Query, key) ?? string.Empty)).ToList();
        if (read.Any(pair => pair.Value.Any(char.IsControl)))
        {
            return;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Requests for the same missing copy wait for the first one to compute it instead of all computing it.
        context.AllowLocking = true;
        foreach (var (key, value) in read)
        {
            context.CacheVaryByRules.VaryByValues["query:" + key] = value;
        }

        // With a configured public address no link depends on the Host header, so a forged one cannot add copies.
        context.CacheVaryByRules.VaryByHost = string.IsNullOrWhiteSpace(portal.Value.PublicBaseUrl);
        context.CacheVaryByRules.VaryByValues[ContentKey] = (await versions.CurrentAsync(cancellation)).ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, portal.Value.OutputCache.Seconds));
        context.Tags.Add(Tag);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Items[ServedCopyKey] = true;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Whether the answer is a stored copy: the request log writes those at Debug, because writing a line for
    /// each of 20,000 copies a second halved what an instance serves (docs/benchmarks.md), and nginx's access
    /// log in front of the portal has every request anyway (docs/operations.md).
    /// </summary>
    public static bool ServedCopy(HttpContext http) => http.Items.ContainsKey(ServedCopyKey);

    public async ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 || http.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
        }
        else if (http.RequestServices.GetRequiredService<PortalReads>().ReadsStandby(http)
            && await ContentVersion.ReadAsync(http.RequestServices.GetRequiredService<PortalDbContext>(), cancellation)
                < long.Parse(context.CacheVaryByRules.VaryByValues[ContentKey], CultureInfo.InvariantCulture))
        {
            // The standby had not yet replayed the change this copy would be filed under: it may show the content before it.
            context.AllowCacheStorage = false;
        }
    }

    /// <summary>A visitor's read of a public answer: what the output cache keeps and what a standby may serve.</summary>
    public bool IsAnonymousPublicRead(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<PublicCacheAttribute>() is not null && IsAnonymousRead(http.Request);

    /// <summary>A read by someone not signed in: a signed-in member of staff always gets a page computed for them.</summary>
    private bool IsAnonymousRead(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Headers.Authorization.Count == 0
        && !request.Cookies.ContainsKey(SignInCookie);
}

/// <summary>Drops every public copy when the content changes, so memory holds only copies that can still be served.</summary>
public sealed class PublicPageEviction(IOutputCacheStore store) : IContentChangeObserver
{
    public ValueTask ContentChangedAsync(long version, CancellationToken cancellationToken) =>
        store.EvictByTagAsync(PublicPageCache.Tag, cancellationToken);
}
