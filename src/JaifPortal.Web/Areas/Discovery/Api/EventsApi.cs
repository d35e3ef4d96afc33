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
    IReadOnlyList<ApiLink> Areas, IReadOnlyList<ApiLink> Initiatives, IReadOnlyList<ApiOrganisationRole> Organisations,
    IReadOnlyList<ApiParticipant> Participants, IReadOnlyList<ApiPhoto> Photos);

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
            if (!Slug.IsValid(slug) || await ApiReadModel.EventAsync(db, slug, cancellationToken) is not { } row)
            {
                return PortalApi.NotFound("event", slug);
            }

            var item = new ApiEvent(
                row.Slug, row.OriginalLanguage,
                Bilingual.Of(row.Translations, t => t.Name), Bilingual.Of(row.Translations, t => t.Summary), Bilingual.Of(row.Translations, t => t.Place),
                Bilingual.Of(row.Translations, t => t.Topics), Bilingual.Of(row.Translations, t => t.Outcome),
                ApiDate.Of(row.StartDate)!, ApiDate.Of(row.EndDate),
                row.Country is null ? null : ApiRecordParts.Country(links, row.Country),
                Bilingual.Url(links, "/Events/Details", row.Slug),
                [.. row.Areas.Select(a => ApiRecordParts.Area(links, a.CooperationArea))],
                [.. row.Initiatives.Select(i => ApiRecordParts.Initiative(links, i.Initiative))],
                [.. row.Organisations.Select(o => ApiRecordParts.OrganisationRole(links, o.Organisation, o.Role.ToString()))],
                [.. row.Participants.Select(p => ApiRecordParts.Participant(links, p.Person))],
                [.. row.Images.Select(image => ApiRecordParts.Photo(links, image))]);
            return PortalApi.Cached(context, item);
        }).Describe<ApiEvent>(
            "GetEvent",
            "One published event with its place, areas, initiatives, organisations, participants and photos.",
            withNotFound: true)
            .CachedPublicly();
        return api;
    }
}
