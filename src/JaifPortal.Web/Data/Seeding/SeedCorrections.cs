using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Data.Seeding;

/// <summary>
/// The shape of seed-corrections.json: facts of the seeded content corrected or added after it was loaded (issue 14,
/// ADR 26), applied once like the crosswalk, so databases seeded before the correction get it too. Each correction
/// changes a record only while it still holds what the seed gave it, so an editor's later change is kept.
/// </summary>
public sealed class SeedCorrections
{
    /// <summary>Identifies this body in the applied-seeds log; change it only for a new body.</summary>
    public required string Key { get; init; }

    /// <summary>ASEAN membership (the sources do not give it, so each says where it comes from).</summary>
    public required List<SeedMembership> Countries { get; init; }

    /// <summary>The initiatives that cover all of ASEAN, so they take place in every Member State.</summary>
    public required List<string> RegionalInitiatives { get; init; }

    /// <summary>Photos whose caption places them in a country.</summary>
    public required List<SeedCaptionCountry> CaptionCountries { get; init; }

    /// <summary>Organisations based elsewhere than the seed said, by slug.</summary>
    public required Dictionary<string, SeedCountryChange> OrganisationCountries { get; init; }

    /// <summary>Organisations the seed named as taking part in an event although the source does not.</summary>
    public required List<SeedRemovedEventOrganisation> EventOrganisationsRemoved { get; init; }

    /// <summary>Where the facts of an organisation's description that its cited source does not give come from, by slug and language.</summary>
    public required Dictionary<string, Dictionary<string, string>> OrganisationFactSources { get; init; }

    /// <summary>
    /// People's names written in the portal's one order (family name first, in capitals, for Japanese names in both
    /// languages, as the source writes CHUJO Kazuo), by slug: each language's name the seed gave and the name to show;
    /// the same words in photo captions follow.
    /// </summary>
    public required Dictionary<string, SeedPersonName> PersonNames { get; init; }

    internal async Task ApplyAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.Include(c => c.Translations).ToDictionaryAsync(c => c.IsoCode, cancellationToken);
        foreach (var membership in Countries.Where(m => countries.ContainsKey(m.IsoCode)))
        {
            var country = countries[membership.IsoCode];
            if (country.AseanMemberSince is not null)
            {
                continue;
            }

            country.Group = CountryGroup.AseanMemberState;
            country.AseanMemberSince = DateOnly.Parse(membership.AseanMemberSince, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var translation in country.Translations)
            {
                translation.MembershipSource ??= membership.MembershipSource.GetValueOrDefault(translation.Language);
            }
        }

        await db.Initiatives.Where(i => RegionalInitiatives.Contains(i.Slug))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.CoversAllAsean, true), cancellationToken);

        foreach (var placed in CaptionCountries.Where(c => countries.ContainsKey(c.Country)))
        {
            var countryId = countries[placed.Country].Id;
            await db.Images
                .Where(image => image.CountryId == null && image.Initiative!.Slug == placed.Initiative
                    && image.Translations.Any(t => t.Language == ContentLanguage.English && t.Caption == placed.Caption))
                .ExecuteUpdateAsync(set => set.SetProperty(image => image.CountryId, countryId), cancellationToken);
        }

        foreach (var (slug, change) in OrganisationCountries)
        {
            var (from, to) = (countries[change.From].Id, countries[change.To].Id);
            await db.Organisations.Where(o => o.Slug == slug && o.CountryId == from)
                .ExecuteUpdateAsync(set => set.SetProperty(o => (int?)o.CountryId, to), cancellationToken);
        }

        foreach (var removed in EventOrganisationsRemoved)
        {
            await db.Set<EventOrganisation>()
                .Where(link => link.Event.Slug == removed.Event && link.Organisation.Slug == removed.Organisation)
                .ExecuteDeleteAsync(cancellationToken);
        }

        var organisations = await db.Organisations.Include(o => o.Translations)
            .Where(o => OrganisationFactSources.Keys.Contains(o.Slug)).ToListAsync(cancellationToken);
        foreach (var translation in organisations.SelectMany(o => o.Translations.Select(t => (o.Slug, Translation: t))))
        {
            translation.Translation.FactSources ??= OrganisationFactSources[translation.Slug].GetValueOrDefault(translation.Translation.Language);
        }

        foreach (var (slug, rename) in PersonNames)
        {
            var person = db.People.Where(p => p.Slug == slug).Select(p => p.Id);
            await db.Set<PersonTranslation>().Where(t => person.Contains(t.PersonId) && t.Name == rename.Seeded)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Name, rename.Name), cancellationToken);
            await db.Set<ImageTranslation>().Where(t => t.Caption.Contains(rename.Seeded))
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Caption, t => t.Caption.Replace(rename.Seeded, rename.Name)), cancellationToken);
        }
    }
}

public sealed class SeedMembership
{
    public required string IsoCode { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public required string AseanMemberSince { get; init; }

    public required Dictionary<string, string> MembershipSource { get; init; }
}

public sealed class SeedCaptionCountry
{
    public required string Initiative { get; init; }

    /// <summary>The English caption as the seed gives it, which tells the photo from the initiative's others.</summary>
    public required string Caption { get; init; }

    public required string Country { get; init; }
}

public sealed class SeedCountryChange
{
    public required string From { get; init; }

    public required string To { get; init; }
}

public sealed class SeedRemovedEventOrganisation
{
    public required string Event { get; init; }

    public required string Organisation { get; init; }
}

public sealed class SeedPersonName
{
    /// <summary>The name as the seed wrote it.</summary>
    public required string Seeded { get; init; }

    public required string Name { get; init; }
}
