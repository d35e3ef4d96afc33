using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Startup;

public static class OutputCacheSetup
{
    /// <summary>ASP.NET Core's output cache for public answers, with the rules of <see cref="PublicPageCache"/> as its only policy.</summary>
    public static WebApplicationBuilder AddPortalOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PublicPageCache>();
        builder.Services.AddSingleton<IContentChangeObserver, PublicPageEviction>();
        builder.Services.AddOutputCache(options => options.AddBasePolicy(policy => policy.AddPolicy<PublicPageCache>(), excludeDefaultPolicy: true));
        return builder;
    }

    /// <summary>After routing (the policy reads the endpoint's <see cref="PublicCacheAttribute"/>), before anything that only computed answers need.</summary>
    public static IApplicationBuilder UsePortalOutputCache(this IApplicationBuilder app) =>
        app.UseOutputCache().UsePublicEntityTags();
}
