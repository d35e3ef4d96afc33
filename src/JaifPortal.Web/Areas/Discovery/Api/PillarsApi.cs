using JaifPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Api;

public sealed record ApiPillar(string Slug, int Number, string OriginalLanguage, Bilingual Name, Bilingual Summary, Bilingual Url);

public static class PillarsApi
{
    public static RouteGroupBuilder MapPillarsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/pillars", async (string? page, string? pageSize, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            var rows = db.Pillars.AsNoTracking()
                .OrderBy(p => p.Number)
                .Select(p => new { p.Slug, p.Number, p.OriginalLanguage, Translations = p.Translations.Where(t => t.IsPublished).ToList() });
            var result = await PageRequest.From(page, pageSize).LoadAsync(rows, p => new ApiPillar(
                p.Slug, p.Number, p.OriginalLanguage,
                Bilingual.Of(p.Translations, t => t.Name), Bilingual.Of(p.Translations, t => t.Summary), Bilingual.Url(links, "/Pillars/Details", p.Slug)), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiPillar>>("ListPillars", "The pillars of the partnership framework, in the plan's order.")
            .CachedPublicly("page", "pageSize");
        return api;
    }
}
