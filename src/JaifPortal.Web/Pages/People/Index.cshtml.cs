using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.People;

/// <summary>The published people, each with their title and (when published) their organisation.</summary>
[PublicCache]
public sealed class IndexModel(PortalDbContext db) : PublicPageModel
{
    public IReadOnlyList<PersonEntry> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        People = await db.People.AsNoTracking().Published()
            .OrderBy(p => p.Slug)
            .Select(p => new PersonEntry(
                p.Slug, p.OriginalLanguage, p.Translations.ToList(),
                p.Organisation != null && p.Organisation.Publication == PublicationStatus.Published ? p.Organisation.Slug : null,
                p.Organisation != null ? p.Organisation.OriginalLanguage : null,
                p.Organisation != null ? p.Organisation.Translations.Select(t => new OrganisationTranslation { Language = t.Language, Name = t.Name, IsPublished = t.IsPublished }).ToList() : null))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    public sealed record PersonEntry(
        string Slug, string OriginalLanguage, List<PersonTranslation> Translations,
        string? OrganisationSlug, string? OrganisationLanguage, List<OrganisationTranslation>? OrganisationNames);
}
