using JaifPortal.Web.Areas.Discovery;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.Sources;

/// <summary>The documents the portal's content is taken from, each with how many published records it is the source of.</summary>
[PublicCache]
public sealed class IndexModel(PortalDbContext db) : PublicPageModel
{
    public IReadOnlyList<SourceSummary> Documents { get; private set; } = [];

    public DiscoveryText DiscoveryText => DiscoveryText.For(Lang);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Documents = await db.SourceDocuments.AsNoTracking()
            .OrderByDescending(d => d.PublishedOn!.Start).ThenBy(d => d.Slug)
            .Select(d => new SourceSummary(
                d.Slug, d.FileName, d.PublishedOn, d.Url, d.OriginalLanguage, d.Translations.ToList(),
                db.Initiatives.Count(i => i.SourceDocumentId == d.Id && i.Publication == PublicationStatus.Published),
                db.Events.Count(e => e.SourceDocumentId == d.Id && e.Publication == PublicationStatus.Published),
                db.Organisations.Count(o => o.SourceDocumentId == d.Id && o.Publication == PublicationStatus.Published)))
            .ToListAsync(cancellationToken);
    }

    public sealed record SourceSummary(
        string Slug, string FileName, PartialDate? PublishedOn, string? Url, string OriginalLanguage, List<SourceDocumentTranslation> Translations,
        int InitiativeCount, int EventCount, int OrganisationCount)
    {
        /// <summary>The document's address, when it is a web address (nothing else becomes a link).</summary>
        public string? Link => Uri.TryCreate(Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url.AbsoluteUri : null;
    }
}
