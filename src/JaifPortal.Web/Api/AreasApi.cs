using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Api;

public sealed record ApiArea(string Slug, string Pillar, int SortOrder, string OriginalLanguage, Bilingual Name, Bilingual Summary, Bilingual Url);

public static class AreasApi
{
    public static RouteGroupBuilder MapAreasApi(this RouteGroupBuilder api)
    {
        api.MapGet("/areas", async (string? pillar, string? page, string? pageSize, PortalDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var query = db.CooperationAreas.AsNoTracking();
            if (!string.IsNullOrEmpty(pillar))
            {
                if (!Slug.IsValid(pillar) || !await db.Pillars.AnyAsync(p => p.Slug == pillar, cancellationToken))
                {
                    return PortalApi.UnknownFilter(nameof(pillar), pillar);
                }

                query = query.Where(a => a.Pillar.Slug == pillar);
            }

            var rows = query
                .OrderBy(a => a.Pillar.Number).ThenBy(a => a.SortOrder).ThenBy(a => a.Slug)
                .Select(a => new { a.Slug, Pillar = a.Pillar.Slug, a.SortOrder, a.OriginalLanguage, Translations = a.Translations.Where(t => t.IsPublished).ToList() });
            var result = await PageRequest.From(page, pageSize).LoadAsync(rows, a => new ApiArea(
                a.Slug, a.Pillar, a.SortOrder, a.OriginalLanguage,
                Bilingual.Of(a.Translations, t => t.Name), Bilingual.Of(a.Translations, t => t.Summary), Bilingual.Url("areas", a.Slug)), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiArea>>("ListAreas", "Cooperation areas, optionally only those of one pillar (?pillar=slug).", withFilters: true);
        return api;
    }
}
