using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Data.Seeding;

/// <summary>The shape of seed-site-pages.json: the first text of the portal's own pages (About, Contact).</summary>
public sealed class SeedSitePages
{
    /// <summary>Identifies this body in the applied-seeds log; change it only for a new body.</summary>
    public required string Key { get; init; }

    public required List<SeedSitePage> Pages { get; init; }

    /// <summary>Adds the pages that do not exist yet (an administrator may have written one before this body arrived).</summary>
    internal void AddTo(PortalDbContext db, IReadOnlySet<string> existing, DateTimeOffset now)
    {
        foreach (var page in Pages.Where(page => !existing.Contains(page.Slug)))
        {
            db.SitePages.Add(new SitePage
            {
                Slug = page.Slug,
                OriginalLanguage = page.OriginalLanguage,
                UpdatedAt = now,
                Translations =
                [
                    .. page.Text.Select(pair => new SitePageTranslation
                    {
                        Language = pair.Key,
                        Title = pair.Value.Title,
                        Body = pair.Value.Body,
                        State = pair.Key == page.OriginalLanguage ? TranslationState.Ready : TranslationState.NeedsReview,
                        TextUpdatedAt = now,
                    }),
                ],
            });
        }
    }
}

public sealed class SeedSitePage
{
    public required string Slug { get; init; }

    public required string OriginalLanguage { get; init; }

    public required Dictionary<string, SeedSitePageText> Text { get; init; }
}

public sealed class SeedSitePageText
{
    public required string Title { get; init; }

    public string? Body { get; init; }
}
