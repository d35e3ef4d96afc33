using JaifPortal.Web.Areas.Admin.Pages.Initiatives;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Events;

/// <summary>The lists an event's form chooses from: those of the initiative editor plus people, named in the editor's language.</summary>
public sealed record EventChoices(EditorChoices Common, IReadOnlyList<Option> People)
{
    public static readonly EventChoices Empty = new(EditorChoices.Empty, []);

    public static async Task<EventChoices> LoadAsync(PortalDbContext db, string language, CancellationToken cancellationToken)
    {
        var common = await EditorChoices.LoadAsync(db, language, null, cancellationToken);
        var people = await db.People.AsNoTracking().Include(p => p.Translations).OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        return new EventChoices(common, [.. people.Select(p => new Option(p.Slug, Describe(p, language)))]);
    }

    private static string Describe(Person person, string language)
    {
        var text = person.Translations.FirstOrDefault(t => t.Language == language) ?? person.Translations.FirstOrDefault();
        if (text is null)
        {
            return person.Slug;
        }

        return string.IsNullOrEmpty(text.Title) ? text.Name : $"{text.Name} – {text.Title}";
    }
}
