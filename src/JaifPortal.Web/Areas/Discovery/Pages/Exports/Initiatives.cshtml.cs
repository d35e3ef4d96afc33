using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Discovery.Pages.Exports;

/// <summary>
/// The initiative list as CSV or XLSX, with the same filters as the list, names in both languages. <c>status</c> is the
/// status on the day, as the list shows and filters it; <c>recorded_status</c> what the source or an editor last recorded (ADR 34).
/// </summary>
[PublicCache(FilterSubject.Initiatives)]
public sealed class InitiativesModel(PortalDbContext db, IOptions<PortalOptions> options, LinkGenerator links, TimeProvider clock) : PublicPageModel
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken cancellationToken)
    {
        var (filter, _) = await ListFilter.ReadAsync(db, Request.Query, FilterSubject.Initiatives, clock, cancellationToken);
        var initiatives = filter.Apply(db.Initiatives.AsNoTracking().Published());

        // One query per collection: joined, translations × areas × countries multiply into hundreds of thousands of rows (docs/benchmarks.md).
        var rows = await initiatives.InPlanOrder()
            .AsSplitQuery()
            .Select(i => new
            {
                i.Slug,
                i.Acronym,
                i.Kind,
                i.Status,
                i.StartDate,
                i.EndDate,
                i.OriginalLanguage,
                Translations = i.Translations.Where(t => t.IsPublished).Select(t => new { t.Language, t.Name, t.Summary }).ToList(),
                Areas = i.Areas.Select(link => link.CooperationArea.Slug).ToList(),
                Pillars = i.Areas.Select(link => link.CooperationArea.Pillar.Number).Distinct().ToList(),
                Countries = i.Countries.Select(link => link.Country.IsoCode).ToList(),
                MilestoneCountries = i.Milestones.Where(m => m.Country != null).Select(m => m.Country!.IsoCode).Distinct().ToList(),
                Organisations = i.Organisations.Where(link => link.Organisation.Publication == PublicationStatus.Published)
                    .Select(link => link.Organisation.Slug).Distinct().ToList(),
            })
            .ToListAsync(cancellationToken);

        string? In(IEnumerable<(string Language, string? Text)> texts, string language) => texts.FirstOrDefault(t => t.Language == language).Text;
        return await TableExport.CreateAsync(
            format,
            $"jaif-initiatives-{Lang}",
            ["slug", .. TableExport.PerLanguage("name"), .. TableExport.PerLanguage("summary"), "acronym", "kind", "status", "recorded_status", "start", "end", "original_language", "pillars", "areas", "countries", "milestone_countries", "organisations", "url"],
            rows.Select(row => (IReadOnlyList<object?>)
            [
                row.Slug,
                .. TableExport.PerLanguage(language => In(row.Translations.Select(t => (t.Language, (string?)t.Name)), language)),
                .. TableExport.PerLanguage(language => In(row.Translations.Select(t => (t.Language, t.Summary)), language)),
                row.Acronym,
                row.Kind.ToString(),
                StatusToday.Of(row.Status, row.StartDate, row.EndDate, filter.Today).Standing.ToString(),
                row.Status.ToString(),
                row.StartDate,
                row.EndDate,
                row.OriginalLanguage,
                string.Join(' ', row.Pillars.Order()),
                string.Join(' ', row.Areas),
                string.Join(' ', row.Countries.Order(StringComparer.Ordinal)),
                string.Join(' ', row.MilestoneCountries.Order(StringComparer.Ordinal)),
                string.Join(' ', row.Organisations.Order(StringComparer.Ordinal)),
                PageLinks.AbsoluteUrl(Request, options.Value, links.PublicPath("/Initiatives/Details", Lang, row.Slug)),
            ]),
            cancellationToken);
    }
}
