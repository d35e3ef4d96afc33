using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>One page of a back-office list of records: searched, filtered by publication state, newest change first.</summary>
public sealed record RecordList(IReadOnlyList<RecordListRow> Rows, int TotalCount, int Page, int PageCount, string? Query, PublicationStatus? Publication, string EditorPage)
{
    public const int PageSize = 25;

    public static readonly RecordList Empty = new([], 0, 1, 1, null, null, string.Empty);

    /// <summary>The text of a search as an ILIKE pattern that matches it anywhere, with its wildcards escaped.</summary>
    public static string ContainsPattern(string query)
    {
        var trimmed = query.Trim();
        trimmed = trimmed[..Math.Min(trimmed.Length, 200)];
        return LikePattern.Containing(trimmed);
    }

    public static async Task<RecordList> LoadAsync<TRecord>(
        IQueryable<TRecord> records,
        Func<IQueryable<TRecord>, string, IQueryable<TRecord>> search,
        System.Linq.Expressions.Expression<Func<TRecord, RecordListRow>> toRow,
        string? query,
        PublicationStatus? publication,
        int? page,
        string editorPage,
        CancellationToken cancellationToken)
        where TRecord : class, IEditorial
    {
        if (!string.IsNullOrWhiteSpace(query))
        {
            records = search(records, ContainsPattern(query));
        }

        if (publication is { } wanted && Enum.IsDefined(wanted))
        {
            records = records.Where(r => r.Publication == wanted);
        }

        var total = await records.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page ?? 1, 1, pageCount);
        var rows = await records.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id)
            .Skip((current - 1) * PageSize).Take(PageSize)
            .Select(toRow)
            .ToListAsync(cancellationToken);
        return new RecordList(rows, total, current, pageCount, query, publication, editorPage);
    }

    public string QueryFor(int page) => Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query,
        ["publication"] = Publication?.ToString(),
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();
}

public sealed record RecordListRow(int Id, string Slug, IReadOnlyList<RecordListName> Names, PublicationStatus Publication, bool PendingReview, DateTimeOffset UpdatedAt)
{
    /// <summary>The record's name in a language, or null when it has no text in it.</summary>
    public string? NameIn(string language) => Names.FirstOrDefault(name => name.Language == language)?.Name;
}

public sealed record RecordListName(string Language, string Name);
