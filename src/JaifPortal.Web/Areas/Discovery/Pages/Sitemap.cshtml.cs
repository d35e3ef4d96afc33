using System.Xml.Linq;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages;

/// <summary>Every public page in every language, each listing its translations as hreflang alternates.</summary>
[PublicCache]
public sealed class SitemapModel(PortalDbContext db, IOptions<PortalOptions> options) : PageModel
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var paths = new List<(string Path, DateTimeOffset? Modified)>
        {
            (string.Empty, null), ("/initiatives", null), ("/events", null), ("/organisations", null), ("/countries", null), ("/sources", null),
        };
        paths.AddRange((await db.Pillars.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken)).Select(slug => ($"/pillars/{slug}", (DateTimeOffset?)null)));
        paths.AddRange((await db.CooperationAreas.AsNoTracking().Select(a => a.Slug).ToListAsync(cancellationToken)).Select(slug => ($"/areas/{slug}", (DateTimeOffset?)null)));
        paths.AddRange((await db.Initiatives.AsNoTracking().Published().Select(i => new { i.Slug, i.UpdatedAt }).ToListAsync(cancellationToken))
            .Select(i => ($"/initiatives/{i.Slug}", (DateTimeOffset?)i.UpdatedAt)));
        paths.AddRange((await db.Events.AsNoTracking().Published().Select(e => new { e.Slug, e.UpdatedAt }).ToListAsync(cancellationToken))
            .Select(e => ($"/events/{e.Slug}", (DateTimeOffset?)e.UpdatedAt)));
        paths.AddRange((await db.Organisations.AsNoTracking().Published().Select(o => new { o.Slug, o.UpdatedAt }).ToListAsync(cancellationToken))
            .Select(o => ($"/organisations/{o.Slug}", (DateTimeOffset?)o.UpdatedAt)));
        paths.AddRange((await db.People.AsNoTracking().Published().Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(cancellationToken))
            .Select(p => ($"/people/{p.Slug}", (DateTimeOffset?)p.UpdatedAt)));
        paths.AddRange((await db.Countries.AsNoTracking().Select(c => c.Slug).ToListAsync(cancellationToken)).Select(slug => ($"/countries/{slug}", (DateTimeOffset?)null)));

        string Url(string language, string path) => PageLinks.AbsoluteUrl(Request, options.Value, "/" + language + path);
        var urls = from page in paths
                   from language in ContentLanguage.Published
                   select new XElement(
                       Sitemaps + "url",
                       new XElement(Sitemaps + "loc", Url(language, page.Path)),
                       page.Modified is { } modified ? new XElement(Sitemaps + "lastmod", modified.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null,
                       ContentLanguage.Published.Select(alternate => new XElement(
                           Xhtml + "link",
                           new XAttribute("rel", "alternate"),
                           new XAttribute("hreflang", alternate),
                           new XAttribute("href", Url(alternate, page.Path)))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemaps + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
        return Content(document.Declaration + document.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8");
    }
}
