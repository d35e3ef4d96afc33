using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Api;

public sealed record ApiInitiativeSummary(
    string Slug, string? Acronym, InitiativeKind Kind, InitiativeStatus Status, string OriginalLanguage,
    Bilingual Name, Bilingual Summary, ApiDate? StartDate, ApiDate? EndDate, Bilingual Url);

public sealed record ApiInitiative(
    string Slug, string? Acronym, InitiativeKind Kind, InitiativeStatus Status, string OriginalLanguage,
    Bilingual Name, Bilingual Summary, Bilingual Description, ApiDate? StartDate, ApiDate? EndDate, Bilingual Url,
    ApiLink? Parent, IReadOnlyList<ApiLink> Areas, IReadOnlyList<ApiCountryLink> Countries,
    IReadOnlyList<ApiOrganisationRole> Organisations, IReadOnlyList<ApiKeyFigure> KeyFigures);

public sealed record ApiCountryLink(string IsoCode, string Slug, Bilingual Name, Bilingual Url);

public sealed record ApiOrganisationRole(string Slug, string Role, Bilingual Name, Bilingual Url);

/// <summary>A figure as the source gives it: 160 Participants, About.</summary>
public sealed record ApiKeyFigure(decimal Value, FigureUnit Unit, FigureApproximation Approximation, Bilingual Label);

public static class InitiativesApi
{
    public static RouteGroupBuilder MapInitiativesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/initiatives", async (string? page, string? pageSize, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            var (filter, problem) = await ApiFilters.ReadAsync(db, context, FilterSubject.Initiatives, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            var query = filter.Apply(db.Initiatives.AsNoTracking().Published());
            var rows = query.InPlanOrder().Select(i => new
            {
                i.Slug, i.Acronym, i.Kind, i.Status, i.OriginalLanguage, i.StartDate, i.EndDate,
                Translations = i.Translations.Where(t => t.IsPublished).ToList(),
            });
            var result = await PageRequest.From(page, pageSize).LoadAsync(rows, i => new ApiInitiativeSummary(
                i.Slug, i.Acronym, i.Kind, i.Status, i.OriginalLanguage,
                Bilingual.Of(i.Translations, t => t.Name), Bilingual.Of(i.Translations, t => t.Summary),
                ApiDate.Of(i.StartDate), ApiDate.Of(i.EndDate), Bilingual.Url(links, "/Initiatives/Details", i.Slug)), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiInitiativeSummary>>(
            "ListInitiatives",
            "Published initiatives in the plan's order, narrowed by the public lists' filters (docs/filters.md).")
            .FilteredBy(FilterSubject.Initiatives);

        api.MapGet("/initiatives/{slug}", async (string slug, PortalDbContext db, LinkGenerator links, HttpContext context, CancellationToken cancellationToken) =>
        {
            var row = await db.Initiatives.AsNoTracking().Published()
                .Where(i => i.Slug == slug)
                .Select(i => new
                {
                    i.Slug, i.Acronym, i.Kind, i.Status, i.OriginalLanguage, i.StartDate, i.EndDate,
                    Translations = i.Translations.Where(t => t.IsPublished).ToList(),
                    Parent = i.ParentInitiative != null && i.ParentInitiative.Publication == PublicationStatus.Published
                        ? new { i.ParentInitiative.Slug, Translations = i.ParentInitiative.Translations.Where(t => t.IsPublished).ToList() }
                        : null,
                    Areas = i.Areas
                        .OrderBy(link => link.CooperationArea.Pillar.Number).ThenBy(link => link.CooperationArea.SortOrder)
                        .Select(link => new { link.CooperationArea.Slug, Translations = link.CooperationArea.Translations.Where(t => t.IsPublished).ToList() })
                        .ToList(),
                    Countries = i.Countries
                        .OrderBy(link => link.Country.Group).ThenBy(link => link.Country.IsoCode)
                        .Select(link => new { link.Country.IsoCode, link.Country.Slug, Translations = link.Country.Translations.Where(t => t.IsPublished).ToList() })
                        .ToList(),
                    Organisations = i.Organisations
                        .Where(link => link.Organisation.Publication == PublicationStatus.Published)
                        .OrderBy(link => link.Role).ThenBy(link => link.Organisation.Slug)
                        .Select(link => new { link.Organisation.Slug, link.Role, Translations = link.Organisation.Translations.Where(t => t.IsPublished).ToList() })
                        .ToList(),
                    KeyFigures = i.KeyFigures
                        .OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
                        .Select(f => new { f.Value, f.Unit, f.Approximation, Translations = f.Translations.Where(t => t.IsPublished).ToList() })
                        .ToList(),
                })
                .AsSplitQuery()
                .FirstOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return PortalApi.NotFound("initiative", slug);
            }

            var initiative = new ApiInitiative(
                row.Slug, row.Acronym, row.Kind, row.Status, row.OriginalLanguage,
                Bilingual.Of(row.Translations, t => t.Name), Bilingual.Of(row.Translations, t => t.Summary), Bilingual.Of(row.Translations, t => t.Description),
                ApiDate.Of(row.StartDate), ApiDate.Of(row.EndDate), Bilingual.Url(links, "/Initiatives/Details", row.Slug),
                row.Parent is null ? null : new ApiLink(row.Parent.Slug, Bilingual.Of(row.Parent.Translations, t => t.Name), Bilingual.Url(links, "/Initiatives/Details", row.Parent.Slug)),
                [.. row.Areas.Select(a => new ApiLink(a.Slug, Bilingual.Of(a.Translations, t => t.Name), Bilingual.Url(links, "/CooperationAreas/Details", a.Slug)))],
                [.. row.Countries.Select(c => new ApiCountryLink(c.IsoCode, c.Slug, Bilingual.Of(c.Translations, t => t.Name), Bilingual.Url(links, "/Countries/Details", c.Slug)))],
                [.. row.Organisations.Select(o => new ApiOrganisationRole(o.Slug, o.Role.ToString(), Bilingual.Of(o.Translations, t => t.Name), Bilingual.Url(links, "/Organisations/Details", o.Slug)))],
                [.. row.KeyFigures.Select(f => new ApiKeyFigure(f.Value, f.Unit, f.Approximation, Bilingual.Of(f.Translations, t => t.Label)))]);
            return PortalApi.Cached(context, initiative);
        }).Describe<ApiInitiative>("GetInitiative", "One published initiative with its areas, countries, organisations and key figures.", withNotFound: true)
            .CachedPublicly();
        return api;
    }
}
