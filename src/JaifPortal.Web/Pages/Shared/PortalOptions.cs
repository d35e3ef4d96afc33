
namespace JaifPortal.Web.Pages.Shared;

public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The public address (scheme and host, e.g. https://portal.example) every absolute link is built from.
    /// Required outside Development (PublicAddress); only Development falls back to the request's own address.
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

    /// <summary>How often the scheduled publisher looks for records whose time has come (and, on the other instances, whether it may take over).</summary>
    public TimeSpan ScheduledPublishingInterval { get; set; } = TimeSpan.FromMinutes(1);
}
