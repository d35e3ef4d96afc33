using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Site;

/// <summary>The site's own pages and the countries, each a link to its editor; administrators only (the folder's policy).</summary>
public sealed class IndexModel(PortalDbContext db) : AdminPageModel
{
    public SiteEditorText SiteEditorText => SiteEditorText.For(Lang);

    public IReadOnlyList<Row> Pages { get; private set; } = [];

    public IReadOnlyList<Row> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var pages = await db.SitePages.AsNoTracking().Include(p => p.Translations).OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        Pages = [.. pages.Select(p => new Row(p.Id, p.Slug, NameOf(p, t => t.Title, p.Slug), null))];
        var countries = await db.Countries.AsNoTracking().Include(c => c.Translations).OrderBy(c => c.Group).ThenBy(c => c.Slug).ToListAsync(cancellationToken);
        Countries = [.. countries.Select(c => new Row(c.Id, c.IsoCode, NameOf(c, t => t.Name, c.Slug), T.Describe(c.Group)))];
    }

    /// <summary>The record's name in the editor's language, else in its original language, else its key.</summary>
    private string NameOf<TTranslation>(ITranslated<TTranslation> record, Func<TTranslation, string> name, string key)
        where TTranslation : Translation =>
        new[] { Lang, record.OriginalLanguage }
            .Select(language => record.Translations.FirstOrDefault(t => t.Language == language))
            .Select(translation => translation is null ? null : name(translation))
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text)) ?? key;

    public sealed record Row(int Id, string Key, string Name, string? Group);
}
