using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Initiatives;

/// <summary>Finds an initiative among thousands: search in either language, filters, sorting and paging, all in SQL.</summary>
public sealed class IndexModel(PortalDbContext db) : AdminPageModel
{
    public const int PageSize = 25;

    public string? Query { get; private set; }

    public string? Pillar { get; private set; }

    public string? Area { get; private set; }

    public PublicationStatus? Publication { get; private set; }

    public string? LanguageFilter { get; private set; }

    public string? Sort { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int TotalCount { get; private set; }

    public int PageCount { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public EditorChoices Choices { get; private set; } = EditorChoices.Empty;

    // Bound from the query string only: "area" and "page" are also route values of every admin page.
    public async Task OnGetAsync(
        [FromQuery(Name = "q")] string? query,
        [FromQuery(Name = "pillar")] string? pillar,
        [FromQuery(Name = "area")] string? area,
        [FromQuery(Name = "publication")] PublicationStatus? publication,
        [FromQuery(Name = "language")] string? language,
        [FromQuery(Name = "sort")] string? sort,
        [FromQuery(Name = "page")] int? page,
        CancellationToken cancellationToken)
    {
        (Query, Pillar, Area, Publication, LanguageFilter, Sort, PageNumber) = (query, pillar, area, publication, language, sort, page ?? 1);
        Choices = await EditorChoices.LoadAsync(db, Lang, null, cancellationToken);
        var initiatives = db.Initiatives.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = RecordList.ContainsPattern(Query);
            initiatives = initiatives.Where(i => EF.Functions.ILike(i.Slug, pattern)
                || (i.Acronym != null && EF.Functions.ILike(i.Acronym, pattern))
                || i.Translations.Any(t => EF.Functions.ILike(t.Name, pattern)));
        }

        if (!string.IsNullOrEmpty(Pillar))
        {
            initiatives = initiatives.Where(i => i.Areas.Any(link => link.CooperationArea.Pillar.Slug == Pillar));
        }

        if (!string.IsNullOrEmpty(Area))
        {
            initiatives = initiatives.Where(i => i.Areas.Any(link => link.CooperationArea.Slug == Area));
        }

        if (Publication is { } wanted && Enum.IsDefined(wanted))
        {
            initiatives = initiatives.Where(i => i.Publication == wanted);
        }

        initiatives = LanguageFilter?.Split('-', 2) switch
        {
            ["missing", var missing] when ContentLanguage.IsPublished(missing) => initiatives.Where(i => !i.Translations.Any(t => t.Language == missing)),
            ["review", var review] when ContentLanguage.IsPublished(review) => initiatives.Where(i => i.Translations.Any(t => t.Language == review && t.State == TranslationState.NeedsReview)),
            ["stale"] => initiatives.Where(i => i.TranslationBacklog != null && i.TranslationBacklog.LagsOriginal),
            _ => initiatives,
        };

        TotalCount = await initiatives.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var editorLanguage = Lang;
        var sorted = Sort switch
        {
            "name" => initiatives.OrderBy(i => i.Translations.Where(t => t.Language == editorLanguage).Select(t => t.Name).FirstOrDefault()
                ?? i.Translations.Select(t => t.Name).FirstOrDefault()).ThenBy(i => i.Id),
            "status" => initiatives.OrderBy(i => i.Publication).ThenByDescending(i => i.UpdatedAt).ThenBy(i => i.Id),
            _ => initiatives.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id),
        };
        Rows = await sorted.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(i => new Row(i.Id, i.Slug, i.Acronym, i.Publication, i.PendingReview, i.UpdatedAt, i.OriginalLanguage,
                i.Translations.Select(t => new LanguageText(t.Language, t.Name, t.State)).ToList()))
            .ToListAsync(cancellationToken);
    }

    public string QueryFor(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query,
        ["pillar"] = Pillar,
        ["area"] = Area,
        ["publication"] = Publication?.ToString(),
        ["language"] = LanguageFilter,
        ["sort"] = Sort,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();

    public sealed record Row(int Id, string Slug, string? Acronym, PublicationStatus Publication, bool PendingReview, DateTimeOffset UpdatedAt, string OriginalLanguage, List<LanguageText> Texts)
    {
        public string NameIn(string language) =>
            Texts.FirstOrDefault(t => t.Language == language)?.Name ?? Texts.FirstOrDefault()?.Name ?? Slug;
    }

    public sealed record LanguageText(string Language, string Name, TranslationState State);
}
