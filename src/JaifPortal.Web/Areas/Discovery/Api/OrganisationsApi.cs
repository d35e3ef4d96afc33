using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Api;

public sealed record ApiOrganisationSummary(
    string Slug, string? Acronym, OrganisationKind Kind, string? Country, string? WebsiteUrl, string OriginalLanguage, Bilingual Name, Bilingual Url);

public sealed record ApiOrganisation(
    string Slug, string? Acronym, OrganisationKind Kind, string? Country, string? WebsiteUrl, string OriginalLanguage,
    Bilingual Name, Bilingual Description, Bilingual Url, ApiLink? Parent, IReadOnlyList<ApiInitiativeRole> Initiatives);

public sealed record ApiInitiativeRole(string Slug, string Role, Bilingual Name, Bilingual Url);

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organisations", async (string? page, string? pageSize, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            var (filter, problem) = await ApiFilters.ReadAsync(db, context, FilterSubject.Organisations, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            var rows = filter.Apply(db.Organisations.AsNoTracking().Published())
                .OrderBy(o => o.Slug)
                .Select(o => new
                {
                    o.Slug, o.Acronym, o.Kind, Country = o.Country == null ? null : o.Country.IsoCode, o.WebsiteUrl, o.OriginalLanguage,
                    Translations = o.Translations.Where(t => t.IsPublished).ToList(),
                });
            var result = await PageRequest.From(page, pageSize).LoadAsync(rows, o => new ApiOrganisationSummary(
                o.Slug, o.Acronym, o.Kind, o.Country, o.WebsiteUrl, o.OriginalLanguage,
                Bilingual.Of(o.Translations, t => t.Name), Bilingual.Url(links, "/Organisations/Details", o.Slug)), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiOrganisationSummary>>("ListOrganisations", "Published organisations by slug, narrowed by the public list's filters (docs/filters.md).")
            .FilteredBy(FilterSubject.Organisations);

        api.MapGet("/organisations/{slug}", async (string slug, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (!Slug.IsValid(slug) || await ApiReadModel.OrganisationAsync(db, slug, cancellationToken) is not { } row)
            {
                return PortalApi.NotFound("organisation", slug);
            }

            var organisation = new ApiOrganisation(
                row.Slug, row.Acronym, row.Kind, row.Country?.IsoCode, row.WebsiteUrl, row.OriginalLanguage,
                Bilingual.Of(row.Translations, t => t.Name), Bilingual.Of(row.Translations, t => t.Description), Bilingual.Url(links, "/Organisations/Details", row.Slug),
                row.ParentOrganisation is null ? null : ApiRecordParts.Organisation(links, row.ParentOrganisation),
                [.. row.Initiatives.Select(link => new ApiInitiativeRole(link.Initiative.Slug, link.Role.ToString(), Bilingual.Of(link.Initiative.Translations, t => t.Name), Bilingual.Url(links, "/Initiatives/Details", link.Initiative.Slug)))]);
            return PortalApi.Cached(context, organisation);
        }).Describe<ApiOrganisation>("GetOrganisation", "One published organisation with the published initiatives it takes part in.", withNotFound: true)
            .CachedPublicly();
        return api;
    }
}
