using JaifPortal.Web.Data;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Pages.Search;

public sealed class IndexModel(PortalDbContext db) : PublicPageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.From(null);

    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];

    public int TotalCount => Groups.Sum(group => group.Results.Count);

    /// <summary>Whether the query was run: empty and one-character queries are answered with a message instead.</summary>
    public bool Searched { get; private set; }

    public async Task OnGetAsync([FromQuery] string? q, CancellationToken cancellationToken)
    {
        Query = SearchQuery.From(q);
        if (Query.IsEmpty || Query.IsTooShort)
        {
            return;
        }

        Groups = await new PortalSearch(db).SearchAsync(Query, Ui, cancellationToken);
        Searched = true;
    }
}
