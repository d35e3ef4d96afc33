using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Api;

/// <summary>
/// A cooperation area. AseanCommunities and Sdgs are the crosswalk: the ASEAN community pillars and the
/// Sustainable Development Goals the area contributes to, in JMT's editorial judgement (not a source fact).
/// </summary>
public sealed record ApiArea(
    string Slug, string Pillar, int SortOrder, string OriginalLanguage, Bilingual Name, Bilingual Summary, Bilingual Url,
    IReadOnlyList<ApiAseanCommunity> AseanCommunities, IReadOnlyList<ApiSdg> Sdgs);

/// <summary>One of ASEAN's community pillars: APSC, AEC or ASCC.</summary>
public sealed record ApiAseanCommunity(string Code, Bilingual Name)
{
    public static ApiAseanCommunity Of(AseanCommunity community) => new(
        community.Code(), new Bilingual(CrosswalkNames.English.Community(community), CrosswalkNames.Japanese.Community(community)));
}

/// <summary>A Sustainable Development Goal by its number, 1 to 17, and its short title.</summary>
public sealed record ApiSdg(int Number, Bilingual Name)
{
    public static ApiSdg Of(int goal) => new(goal, new Bilingual(CrosswalkNames.English.Goals[goal - 1], CrosswalkNames.Japanese.Goals[goal - 1]));
}

public static class AreasApi
{
    public static RouteGroupBuilder MapAreasApi(this RouteGroupBuilder api)
    {
        api.MapGet("/areas", async (string? page, string? pageSize, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            var (filter, problem) = await ApiFilters.ReadAsync(db, context, FilterSubject.Areas, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            var query = filter.Apply(db.CooperationAreas.AsNoTracking());
            var rows = query
                .OrderBy(a => a.Pillar.Number).ThenBy(a => a.SortOrder).ThenBy(a => a.Slug)
                .Select(a => new
                {
                    a.Slug,
                    Pillar = a.Pillar.Slug,
                    a.SortOrder,
                    a.OriginalLanguage,
                    Translations = a.Translations.Where(t => t.IsPublished).ToList(),
                    Communities = a.AseanCommunities.Select(link => link.Community).ToList(),
                    Goals = a.DevelopmentGoals.OrderBy(link => link.Goal).Select(link => link.Goal).ToList(),
                });
            var result = await PageRequest.From(page, pageSize).LoadAsync(rows, a => new ApiArea(
                a.Slug, a.Pillar, a.SortOrder, a.OriginalLanguage,
                Bilingual.Of(a.Translations, t => t.Name), Bilingual.Of(a.Translations, t => t.Summary), Bilingual.Url(links, "/CooperationAreas/Details", a.Slug),
                [.. a.Communities.Order().Select(ApiAseanCommunity.Of)], [.. a.Goals.Select(ApiSdg.Of)]), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiArea>>("ListAreas", "Cooperation areas, optionally only those of one pillar (?pillar=slug), each with its crosswalk to ASEAN's community pillars and the SDGs (JMT's editorial judgement).")
            .FilteredBy(FilterSubject.Areas);
        return api;
    }
}
