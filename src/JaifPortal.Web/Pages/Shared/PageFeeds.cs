using JaifPortal.Web.Areas.Discovery.Filtering;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The Atom feeds of what a pillar or country page shows, filtered as its lists are (<paramref name="FilterKey"/> from
/// <see cref="FilterKeys"/>, e.g. ?pillar=slug), linked visibly and as alternates in the page's head.
/// </summary>
public sealed record PageFeeds(string Name, string FilterKey, string FilterValue)
{
    public string InitiativesFeed(IUrlHelper url, string language) => Feed(url, "/Feeds/Initiatives", language);

    public string EventsFeed(IUrlHelper url, string language) => Feed(url, "/Feeds/Events", language);

    private string Feed(IUrlHelper url, string page, string language) =>
        url.Page(page, new { area = "Discovery", lang = language })
            + QueryString.Create(FilterKey, FilterValue).ToUriComponent();
}
