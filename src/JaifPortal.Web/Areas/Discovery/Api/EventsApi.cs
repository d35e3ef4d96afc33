using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Api;

public sealed record ApiEventSummary(
    string Slug, string OriginalLanguage, Bilingual Name, Bilingual Summary, Bilingual Place,
    ApiDate StartDate, ApiDate? EndDate, string? Country, Bilingual Url);

public sealed record ApiEvent(
    string Slug, string OriginalLanguage, Bilingual Name, Bilingual Summary, Bilingual Place, Bilingual Topics, Bilingual Outcome,
    ApiDate StartDate, ApiDate? EndDate, ApiCountryLink? Country, Bilingual Url,
    IReadOnlyList<ApiLink> Areas, IReadOnlyList<ApiLink> Initiatives, IReadOnlyList<ApiOrganisationRole> Organisations);

public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events", async (string? page, string? pageSize, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            var (filter, problem) = await ApiFilters.ReadAsync(db, context, FilterSubject.Events, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            var query = filter.Apply(db.Events.AsNoTracking().Published());
            var rows = query.NewestFirst().Select(e => new
            {
                e.Slug, e.OriginalLanguage, e.StartDate, e.EndDate,
                Country = e.Country == null ? null : e.Country.IsoCode,
                Translations = e.Translations.Where(t => t.IsPublished).ToList(),
            });
            var result = await PageRequest.From(page, pageSize).LoadAsync(rows, e => new ApiEventSummary(
                e.Slug, e.OriginalLanguage,
                Bilingual.Of(e.Translations, t => t.Name), Bilingual.Of(e.Translations, t => t.Summary), Bilingual.Of(e.Translations, t => t.Place),
                ApiDate.Of(e.StartDate)!, ApiDate.Of(e.EndDate), e.Country, Bilingual.Url(links, "/Events/Details", e.Slug)), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiEventSummary>>(
            "ListEvents", "Published events, newest first, narrowed by the public lists' filters (docs/filters.md).")
            .FilteredBy(FilterSubject.Events);

        api.MapGet("/events/{slug}", async (string slug, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            var row = await db.Events.AsNoTracking().Published()
                .Where(e => e.Slug == slug)
                .Select(e => new
                {
                    e.Slug, e.OriginalLanguage, e.StartDate, e.EndDate,
                    Translations = e.Translations.Where(t => t.IsPublished).ToList(),
                    Country = e.Country == null
                        ? null
                        : new { e.Country.IsoCode, e.Country.Slug, Translations = e.Country.Translations.Where(t => t.IsPublished).ToList() },
                    Areas = e.Areas
                        .OrderBy(link => link.CooperationArea.Pillar.Number).ThenBy(link => link.CooperationArea.SortOrder)
                        .Select(link => new { link.CooperationArea.Slug, Translations = link.CooperationArea.Translations.Where(t => t.IsPublished).ToList() })
                        .ToList(),
                    Initiatives = e.Initiatives
                        .Where(link => link.Initiative.Publication == PublicationStatus.Published)
                        .OrderBy(link => link.Initiative.Slug)
                        .Select(link => new { link.Initiative.Slug, Translations = link.Initiative.Translations.Where(t => t.IsPublished).ToList() })
                        .ToList(),
                    Organisations = e.Organisations
                        .Where(link => link.Organisation.Publication == PublicationStatus.Published)
                        .OrderBy(link => link.Role).ThenBy(link => link.Organisation.Slug)
                        .Select(link => new { link.Organisation.Slug, link.Role, Translations = link.Organisation.Translations.Where(t => t.IsPublished).ToList() })
                        .ToList(),
                })
                .AsSplitQuery()
                .FirstOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return PortalApi.NotFound("event", slug);
            }

            var item = new ApiEvent(
                row.Slug, row.OriginalLanguage,
                Bilingual.Of(row.Translations, t => t.Name), Bilingual.Of(row.Translations, t => t.Summary), Bilingual.Of(row.Translations, t => t.Place),
                Bilingual.Of(row.Translations, t => t.Topics), Bilingual.Of(row.Translations, t => t.Outcome),
                ApiDate.Of(row.StartDate)!, ApiDate.Of(row.EndDate),
                row.Country is null ? null : new ApiCountryLink(row.Country.IsoCode, row.Country.Slug, Bilingual.Of(row.Country.Translations, t => t.Name), Bilingual.Url(links, "/Countries/Details", row.Country.Slug)),
                Bilingual.Url(links, "/Events/Details", row.Slug),
                [.. row.Areas.Select(a => new ApiLink(a.Slug, Bilingual.Of(a.Translations, t => t.Name), Bilingual.Url(links, "/CooperationAreas/Details", a.Slug)))],
                [.. row.Initiatives.Select(i => new ApiLink(i.Slug, Bilingual.Of(i.Translations, t => t.Name), Bilingual.Url(links, "/Initiatives/Details", i.Slug)))],
                [.. row.Organisations.Select(o => new ApiOrganisationRole(o.Slug, o.Role.ToString(), Bilingual.Of(o.Translations, t => t.Name), Bilingual.Url(links, "/Organisations/Details", o.Slug)))]);
            return PortalApi.Cached(context, item);
        }).Describe<ApiEvent>("GetEvent", "One published event with its place, areas, initiatives and organisations.", withNotFound: true)
            .CachedPublicly();
        return api;
    }
}
