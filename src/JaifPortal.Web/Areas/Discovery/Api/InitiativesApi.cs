using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Discovery.Api;

/// <summary>
/// An initiative in a list. <see cref="Status"/> is its status on the day, as its page reads and the <c>status</c> filter
/// compares (ADR 34); <see cref="RecordedStatus"/> what the source or an editor last recorded.
/// </summary>
public sealed record ApiInitiativeSummary(
    string Slug, string? Acronym, InitiativeKind Kind, InitiativeStanding Status, InitiativeStatus RecordedStatus, string OriginalLanguage,
    Bilingual Name, Bilingual Summary, ApiDate? StartDate, ApiDate? EndDate, Bilingual Url);

/// <summary>One initiative; its two statuses as in <see cref="ApiInitiativeSummary"/>.</summary>
public sealed record ApiInitiative(
    string Slug, string? Acronym, InitiativeKind Kind, InitiativeStanding Status, InitiativeStatus RecordedStatus, string OriginalLanguage,
    Bilingual Name, Bilingual Summary, Bilingual Description, ApiDate? StartDate, ApiDate? EndDate, Bilingual Url,
    ApiLink? Parent, IReadOnlyList<ApiLink> Areas, IReadOnlyList<ApiCountryLink> Countries,
    IReadOnlyList<ApiOrganisationRole> Organisations, IReadOnlyList<ApiKeyFigure> KeyFigures,
    IReadOnlyList<ApiMilestone> Milestones, IReadOnlyList<ApiPhoto> Photos, IReadOnlyList<ApiExternalLink> Links);

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
                i.Slug, i.Acronym, i.Kind, StatusToday.Of(i.Status, i.StartDate, i.EndDate, filter.Today).Standing, i.Status, i.OriginalLanguage,
                Bilingual.Of(i.Translations, t => t.Name), Bilingual.Of(i.Translations, t => t.Summary),
                ApiDate.Of(i.StartDate), ApiDate.Of(i.EndDate), Bilingual.Url(links, "/Initiatives/Details", i.Slug)), cancellationToken);
            return PortalApi.Cached(context, result);
        }).Describe<ApiPage<ApiInitiativeSummary>>(
            "ListInitiatives",
            "Published initiatives in the plan's order, narrowed by the public lists' filters (docs/filters.md).")
            .FilteredBy(FilterSubject.Initiatives);

        api.MapGet("/initiatives/{slug}", async (string slug, PortalDbContext db, LinkGenerator links, HttpContext context, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (!Slug.IsValid(slug) || await ApiReadModel.InitiativeAsync(db, slug, cancellationToken) is not { } row)
            {
                return PortalApi.NotFound("initiative", slug);
            }

            var today = PortalTime.Today(clock);
            var initiative = new ApiInitiative(
                row.Slug, row.Acronym, row.Kind, StatusToday.Of(row.Status, row.StartDate, row.EndDate, today).Standing, row.Status, row.OriginalLanguage,
                Bilingual.Of(row.Translations, t => t.Name), Bilingual.Of(row.Translations, t => t.Summary), Bilingual.Of(row.Translations, t => t.Description),
                ApiDate.Of(row.StartDate), ApiDate.Of(row.EndDate), Bilingual.Url(links, "/Initiatives/Details", row.Slug),
                row.ParentInitiative is null ? null : ApiRecordParts.Initiative(links, row.ParentInitiative),
                [.. row.Areas.Select(a => ApiRecordParts.Area(links, a.CooperationArea))],
                [.. row.Countries.Select(c => ApiRecordParts.Country(links, c.Country))],
                [.. row.Organisations.Select(o => ApiRecordParts.OrganisationRole(links, o.Organisation, o.Role.ToString()))],
                [.. row.KeyFigures.Select(f => new ApiKeyFigure(f.Value, f.Unit, f.Approximation, Bilingual.Of(f.Translations, t => t.Label)))],
                [.. row.Milestones.Select(m => ApiRecordParts.Milestone(links, m, today))],
                [.. row.Images.Select(image => ApiRecordParts.Photo(links, image))],
                [.. row.Links.Select(ApiRecordParts.ExternalLink)]);
            return PortalApi.Cached(context, initiative);
        }).Describe<ApiInitiative>(
            "GetInitiative",
            "One published initiative with its areas, countries, organisations, key figures, milestones, photos and links.",
            withNotFound: true)
            .CachedPublicly();
        return api;
    }
}
