using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages;

/// <summary>Crawlers may read the public site; the back office is not for them.</summary>
[PublicCache]
public sealed class RobotsModel(IOptions<PortalOptions> options) : PageModel
{
    public IActionResult OnGet() => Content(
        $"User-agent: *\nDisallow: /admin\nAllow: /\n\nSitemap: {PageLinks.AbsoluteUrl(Request, options.Value, "/sitemap.xml")}\n",
        "text/plain; charset=utf-8");
}
