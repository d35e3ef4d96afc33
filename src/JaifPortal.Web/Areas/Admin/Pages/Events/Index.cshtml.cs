using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Events;

/// <summary>Finds an event: search in either language, filters by publication and year, sorting and paging, all in SQL.</summary>
public sealed class IndexModel(PortalDbContext db) : AdminPageModel
{
    public const int PageSize = 25;

    public EventEditorText EventEditorText => EventEditorText.For(Lang);

    public string? Query { get; private set; }

    public PublicationStatus? Publication { get; private set; }

    public int? Year { get; private set; }

    public string? Sort { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int TotalCount { get; private set; }

    public int PageCount { get; private set; }

    /// <summary>The years events start in, newest first, for the year filter.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    // Bound from the query string only: "area" and "page" are also route values of every admin page.
    public async Task OnGetAsync(
        [FromQuery(Name = "q")] string? query,
        [FromQuery(Name = "publication")] PublicationStatus? publication,
        [FromQuery(Name = "year")] int? year,
        [FromQuery(Name = "sort")] string? sort,
        [FromQuery(Name = "page")] int? page,
        CancellationToken cancellationToken)
    {
        (Query, Publication, Sort, PageNumber) = (query, publication, sort, page ?? 1);
        Year = year is >= 1900 and <= 2200 ? year : null;
        Years = await db.Events.AsNoTracking().Select(e => e.StartDate.Start.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

        var events = db.Events.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = RecordList.ContainsPattern(Query);
            events = events.Where(e => EF.Functions.ILike(e.Slug, pattern)
                || e.Translations.Any(t => EF.Functions.ILike(t.Name, pattern) || (t.Place != null && EF.Functions.ILike(t.Place, pattern))));
        }

        if (Publication is { } wanted && Enum.IsDefined(wanted))
        {
            events = events.Where(e => e.Publication == wanted);
        }

        if (Year is { } wantedYear)
        {
            var from = new DateOnly(wantedYear, 1, 1);
            var to = from.AddYears(1);
            events = events.Where(e => e.StartDate.Start >= from && e.StartDate.Start < to);
        }

        TotalCount = await events.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var editorLanguage = Lang;
        var sorted = Sort switch
        {
            "name" => events.OrderBy(e => e.Translations.Where(t => t.Language == editorLanguage).Select(t => t.Name).FirstOrDefault()
                ?? e.Translations.Select(t => t.Name).FirstOrDefault()).ThenBy(e => e.Id),
            "date" => events.OrderByDescending(e => e.StartDate.Start).ThenBy(e => e.Slug),
            _ => events.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id),
        };
        Rows = await sorted.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new Row(e.Id, e.Slug, e.StartDate, e.Publication, e.PendingReview, e.UpdatedAt, e.OriginalLanguage,
                e.Translations.Select(t => new LanguageText(t.Language, t.Name, t.Place, t.State)).ToList()))
            .ToListAsync(cancellationToken);
    }

    public string QueryFor(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query,
        ["publication"] = Publication?.ToString(),
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sort"] = Sort,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();

    public sealed record Row(int Id, string Slug, PartialDate StartDate, PublicationStatus Publication, bool PendingReview, DateTimeOffset UpdatedAt, string OriginalLanguage, List<LanguageText> Texts)
    {
        private LanguageText? TextIn(string language) => Texts.FirstOrDefault(t => t.Language == language) ?? Texts.FirstOrDefault();

        public string NameIn(string language) => TextIn(language)?.Name ?? Slug;

        public string? PlaceIn(string language) => TextIn(language)?.Place;
    }

    public sealed record LanguageText(string Language, string Name, string? Place, TranslationState State);
}
