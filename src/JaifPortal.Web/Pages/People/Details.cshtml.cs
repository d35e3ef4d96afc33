using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Pages.People;

[PublicCache]
public sealed class DetailsModel(PortalDbContext db) : PublicPageModel
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking()
            .Include(p => p.Translations)
            .Include(p => p.Organisation!).ThenInclude(o => o.Translations)
            .Include(p => p.SourceDocument!).ThenInclude(d => d.Translations)
            .AsSplitQuery()
            .Published()
            .FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        Events = await db.Events.AsNoTracking().Published()
            .Where(e => e.Participants.Any(link => link.PersonId == person.Id))
            .NewestFirst()
            .ToItems()
            .ToListAsync(cancellationToken);
        return Page();
    }
}
