using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Startup;

public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The public address (scheme and host) for canonical and hreflang links. When empty, the
    /// request's own address is used, which is right for a portal reached under one name.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public int PageSize { get; set; } = 20;

    /// <summary>
    /// How long a page computed from the content (a dashboard, a search) may be shown again while the
    /// content is unchanged; 0 computes every request. Any committed change ends it at once (ADR 13).
    /// </summary>
    public int KeepComputedSeconds { get; set; } = 300;

    /// <summary>The output cache of public answers (<see cref="PublicPageCache"/>).</summary>
    public PublicCacheOptions OutputCache { get; set; } = new();
}
