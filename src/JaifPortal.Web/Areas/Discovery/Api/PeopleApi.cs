using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Api;

public sealed record ApiPersonSummary(string Slug, string OriginalLanguage, Bilingual Name, Bilingual Title, ApiLink? Organisation, Bilingual Url);

public sealed record ApiPerson(
    string Slug, string OriginalLanguage, Bilingual Name, Bilingual Title, ApiLink? Organisation, Bilingual Url, IReadOnlyList<ApiLink> Events);

public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people", async (string? page, string? pageSize, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            var rows = db.People.AsNoTracking().Published()
                .OrderBy(p => p.Slug)
                .Select(p => new
                {
                    p.Slug, p.OriginalLanguage,
                    Translations = p.Translations.Where(t => t.IsPublished).ToList(),
                    Organisation = p.Organisation != null && p.Organisation.Publication == PublicationStatus.Published
                        ? new { p.Organisation.Slug, Translations = p.Organisation.Translations.Where(t => t.IsPublished).ToList() }
                        : null,
                });
            var result = await PageRequest.From(page, pageSize).LoadAsync(rows, p => new ApiPersonSummary(
                p.Slug, p.OriginalLanguage, Bilingual.Of(p.Translations, t => t.Name), Bilingual.Of(p.Translations, t => t.Title),
                p.Organisation is null
                    ? null
                    : new ApiLink(p.Organisation.Slug, Bilingual.Of(p.Organisation.Translations, t => t.Name), Bilingual.Url(links, "/Organisations/Details", p.Organisation.Slug)),
                Bilingual.Url(links, "/People/Details", p.Slug)), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiPersonSummary>>("ListPeople", "Published people by slug, each with the position the source gives and their organisation.")
            .CachedPublicly("page", "pageSize");

        api.MapGet("/people/{slug}", async (string slug, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (!Slug.IsValid(slug) || await ApiReadModel.PersonAsync(db, slug, cancellationToken) is not { } row)
            {
                return PortalApi.NotFound("person", slug);
            }

            var person = new ApiPerson(
                row.Slug, row.OriginalLanguage, Bilingual.Of(row.Translations, t => t.Name), Bilingual.Of(row.Translations, t => t.Title),
                row.Organisation is null ? null : ApiRecordParts.Organisation(links, row.Organisation),
                Bilingual.Url(links, "/People/Details", row.Slug),
                [.. row.Events.Select(link => ApiRecordParts.Event(links, link.Event))]);
            return PortalApi.Cached(context, person);
        }).Describe<ApiPerson>("GetPerson", "One published person with their organisation and the published events they took part in, newest first.", withNotFound: true)
            .CachedPublicly();
        return api;
    }
}
