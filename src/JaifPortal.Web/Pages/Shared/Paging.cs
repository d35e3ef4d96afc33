namespace JaifPortal.Web.Pages.Shared;

/// <summary>One page of a list. Requested pages outside the list are clamped to its first or last page.</summary>
public sealed record Paging(int Page, int PageCount, int TotalCount, int PageSize)
{
    /// <summary>The query key of the page number.</summary>
    public const string Key = "page";

    public int Skip => (Page - 1) * PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public static Paging Create(int? requestedPage, int totalCount, int pageSize)
    {
        var pageCount = Math.Max(1, (int)Math.Ceiling(totalCount / (double)pageSize));
        var page = Math.Clamp(requestedPage ?? 1, 1, pageCount);
        return new Paging(page, pageCount, totalCount, pageSize);
    }
}
