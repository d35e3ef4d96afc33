using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Initiatives;

/// <summary>The lists an initiative's form chooses from, named in the editor's language.</summary>
public sealed record EditorChoices(
    IReadOnlyList<EditorChoices.Group> AreasByPillar,
    IReadOnlyList<Option> Countries,
    IReadOnlyList<Option> Organisations,
    IReadOnlyList<Option> Initiatives)
{
    public static readonly EditorChoices Empty = new([], [], [], []);

    public sealed record Group(string Slug, string Name, IReadOnlyList<Option> Options);

    public static async Task<EditorChoices> LoadAsync(PortalDbContext db, string language, int? excludeInitiative, CancellationToken cancellationToken)
    {
        var pillars = await db.Pillars.AsNoTracking().Include(p => p.Translations)
            .Include(p => p.Areas).ThenInclude(a => a.Translations)
            .OrderBy(p => p.Number).AsSplitQuery().ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Translations).OrderBy(o => o.Slug).ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking().Include(i => i.Translations)
            .Where(i => i.Id != excludeInitiative).OrderBy(i => i.Slug).ToListAsync(cancellationToken);

        string Name<T>(ITranslated<T> record, Func<T, string> name)
            where T : Translation => NameIn(language, record, name);

        return new EditorChoices(
            [.. pillars.Select(p => new Group(
                p.Slug,
                $"{p.Number}. {Name(p, t => t.Name)}",
                [.. p.Areas.OrderBy(a => a.SortOrder).Select(a => new Option(a.Slug, Name(a, t => t.Name)))]))],
            await CountriesAsync(db, language, cancellationToken),
            [.. organisations.Select(o => new Option(o.Slug, o.Acronym is null ? Name(o, t => t.Name) : UiText.For(language).WithNote(Name(o, t => t.Name), o.Acronym)))],
            [.. initiatives.Select(i => new Option(i.Slug, Name(i, t => t.Name)))]);
    }

    /// <summary>The countries by ISO code, for the form's country fields and the photos' (<see cref="InitiativeForm.PhotoRow.CountryCode"/>).</summary>
    public static async Task<IReadOnlyList<Option>> CountriesAsync(PortalDbContext db, string language, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().Include(c => c.Translations).OrderBy(c => c.Slug).ToListAsync(cancellationToken);
        return [.. countries.Select(c => new Option(c.IsoCode, NameIn(language, c, t => t.Name)))];
    }

    private static string NameIn<T>(string language, ITranslated<T> record, Func<T, string> name)
        where T : Translation =>
        record.Translations.FirstOrDefault(t => t.Language == language) is { } own ? name(own)
        : record.Translations.FirstOrDefault() is { } any ? name(any) : string.Empty;
}

public sealed record Option(string Value, string Text);
