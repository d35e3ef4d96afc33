using System.Xml.Linq;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages;

/// <summary>Every public page in every language it has text in, each listing those as hreflang alternates.</summary>
[PublicCache]
public sealed class SitemapModel(PortalDbContext db, IOptions<PortalOptions> options, LinkGenerator links) : PageModel
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var everyLanguage = ContentLanguage.Published;
        var pages = new List<(string Page, string? Slug, DateTimeOffset? Modified, IReadOnlyList<string> Languages)>
        {
            ("/Home", null, null, everyLanguage), ("/Initiatives/Index", null, null, everyLanguage), ("/Events/Index", null, null, everyLanguage),
            ("/Organisations/Index", null, null, everyLanguage), ("/Countries/Index", null, null, everyLanguage), ("/Sources/Index", null, null, everyLanguage),
        };
        pages.AddRange((await db.Pillars.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken)).Select(slug => ("/Pillars/Details", (string?)slug, (DateTimeOffset?)null, everyLanguage)));
        pages.AddRange((await db.CooperationAreas.AsNoTracking().Select(a => a.Slug).ToListAsync(cancellationToken)).Select(slug => ("/CooperationAreas/Details", (string?)slug, (DateTimeOffset?)null, everyLanguage)));
        // A record is listed in the languages it has published text in (PageLanguages): its page in another language shows
        // the text of one of those, so it is not a version of its own.
        pages.AddRange((await db.Initiatives.AsNoTracking().Published()
                .Select(i => new { i.Slug, i.UpdatedAt, Languages = i.Translations.Where(t => t.IsPublished).Select(t => t.Language).ToList() }).ToListAsync(cancellationToken))
            .Select(i => ("/Initiatives/Details", (string?)i.Slug, (DateTimeOffset?)i.UpdatedAt, PageLanguages.Among(i.Languages))));
        pages.AddRange((await db.Events.AsNoTracking().Published()
                .Select(e => new { e.Slug, e.UpdatedAt, Languages = e.Translations.Where(t => t.IsPublished).Select(t => t.Language).ToList() }).ToListAsync(cancellationToken))
            .Select(e => ("/Events/Details", (string?)e.Slug, (DateTimeOffset?)e.UpdatedAt, PageLanguages.Among(e.Languages))));
        pages.AddRange((await db.Organisations.AsNoTracking().Published()
                .Select(o => new { o.Slug, o.UpdatedAt, Languages = o.Translations.Where(t => t.IsPublished).Select(t => t.Language).ToList() }).ToListAsync(cancellationToken))
            .Select(o => ("/Organisations/Details", (string?)o.Slug, (DateTimeOffset?)o.UpdatedAt, PageLanguages.Among(o.Languages))));
        pages.AddRange((await db.People.AsNoTracking().Published()
                .Select(p => new { p.Slug, p.UpdatedAt, Languages = p.Translations.Where(t => t.IsPublished).Select(t => t.Language).ToList() }).ToListAsync(cancellationToken))
            .Select(p => ("/People/Details", (string?)p.Slug, (DateTimeOffset?)p.UpdatedAt, PageLanguages.Among(p.Languages))));
        pages.AddRange((await db.Countries.AsNoTracking().Select(c => c.Slug).ToListAsync(cancellationToken)).Select(slug => ("/Countries/Details", (string?)slug, (DateTimeOffset?)null, everyLanguage)));

        // Each page's address in each of its languages is generated once and serves as its own loc and as its alternates' href.
        var urls = from page in pages
                   let addresses = page.Languages.ToDictionary(
                       language => language, language => PageLinks.AbsoluteUrl(Request, options.Value, links.PublicPath(page.Page, language, page.Slug)))
                   from language in page.Languages
                   select new XElement(
                       Sitemaps + "url",
                       new XElement(Sitemaps + "loc", addresses[language]),
                       page.Modified is { } modified ? new XElement(Sitemaps + "lastmod", modified.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null,
                       page.Languages.Select(alternate => new XElement(
                           Xhtml + "link",
                           new XAttribute("rel", "alternate"),
                           new XAttribute("hreflang", alternate),
                           new XAttribute("href", addresses[alternate]))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemaps + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
        return Content(document.Declaration + document.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8");
    }
}
