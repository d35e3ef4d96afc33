using JaifPortal.IntegrationTests.Infrastructure;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Discovery;

/// <summary>
/// The seeded portal plus a small, hand-counted set of records for facet, export and country-count tests.
/// Every fixture record's name contains <see cref="Token"/>, so a search for it finds exactly these; the
/// fixture uses Myanmar, Brunei and Timor-Leste, where the seed content has no events or organisations and
/// Myanmar and Brunei no initiatives but the regional ones (which count for every Member State, ADR 26).
/// <code>
/// initiative  publication  status     start  areas (pillar)                      countries  milestone in  organisations
/// alpha       Published    Ongoing    2021   space (2)                           MM         MM            borealis (Lead and Partner)
/// beta        Published    Planned    2021   rule-of-law (3)                     –          BN            draft-office (a draft)
/// gamma       Published    Completed  2019   space (2), rule-of-law (3)          MM, BN     –             borealis
/// delta       Draft        Ongoing    2021   space (2)                           MM         –             borealis
/// event       publication  start      country  areas   organisations
/// forum       Published    2021-05    MM       space   borealis
/// workshop    Published    2022-03    TL       –       –
/// meeting     Draft        2021-06    MM       space   borealis
/// organisation  publication  based in
/// institute     Published    TL        (named with the token; takes part in nothing)
/// borealis      Published    MM
/// draft-office  Draft        MM
/// </code>
/// </summary>
public sealed class DiscoveryPortal : SeededPortal
{
    public const string Token = "Zephyrquill";
    public const string Borealis = "borealis-test-agency";
    public const string DraftOffice = "hidden-draft-office";
    public const string Institute = "zephyrquill-institute";
    public const string CoCreationPillar = "partners-for-co-creation-of-economy-and-society-of-the-future";
    public const string PeacePillar = "partners-for-peace-and-stability";

    protected override async Task AddContentAsync(PortalDbContext db)
    {
        var countries = await db.Countries.Where(c => c.IsoCode == "MM" || c.IsoCode == "BN" || c.IsoCode == "TL").ToDictionaryAsync(c => c.IsoCode);
        var space = await db.CooperationAreas.SingleAsync(a => a.Slug == "space");
        var ruleOfLaw = await db.CooperationAreas.SingleAsync(a => a.Slug == "rule-of-law");

        Organisation NewOrganisation(string slug, string english, string japanese, string country, PublicationStatus publication) => new()
        {
            Slug = slug,
            Kind = OrganisationKind.Other,
            Country = countries[country],
            OriginalLanguage = ContentLanguage.English,
            Publication = publication,
            Translations =
            [
                new OrganisationTranslation { Language = ContentLanguage.English, Name = english, State = TranslationState.Ready },
                new OrganisationTranslation { Language = ContentLanguage.Japanese, Name = japanese, State = TranslationState.Ready },
            ],
        };

        var institute = NewOrganisation(Institute, $"{Token} Institute", $"{Token}研究所", "TL", PublicationStatus.Published);
        var borealis = NewOrganisation(Borealis, "Borealis Test Agency", "ボレアリス試験機関", "MM", PublicationStatus.Published);
        var draftOffice = NewOrganisation(DraftOffice, "Hidden Draft Office", "非公開の事務所", "MM", PublicationStatus.Draft);

        Initiative NewInitiative(
            string name, PublicationStatus publication, InitiativeStatus status, int startYear, CooperationArea[] areas,
            string[] linkedCountries, string? milestoneCountry, (Organisation Organisation, InitiativeRole Role)[] organisations) => new()
        {
            Slug = $"{Token.ToLowerInvariant()}-{name}",
            Kind = InitiativeKind.Project,
            Status = status,
            StartDate = PartialDate.InYear(startYear),
            OriginalLanguage = ContentLanguage.English,
            Publication = publication,
            Translations =
            [
                new InitiativeTranslation { Language = ContentLanguage.English, Name = $"{Token} {name} programme", State = TranslationState.Ready },
                new InitiativeTranslation { Language = ContentLanguage.Japanese, Name = $"{Token}・{name}計画", State = TranslationState.Ready },
            ],
            Areas = [.. areas.Select(area => new InitiativeArea { CooperationArea = area })],
            Countries = [.. linkedCountries.Select(code => new InitiativeCountry { Country = countries[code] })],
            Milestones = milestoneCountry is null
                ? []
                :
                [
                    new Milestone
                    {
                        Date = PartialDate.InYear(startYear),
                        Country = countries[milestoneCountry],
                        OriginalLanguage = ContentLanguage.English,
                        Translations = [new MilestoneTranslation { Language = ContentLanguage.English, Title = "Launch", State = TranslationState.Ready }],
                    },
                ],
            Organisations = [.. organisations.Select(link => new InitiativeOrganisation { Organisation = link.Organisation, Role = link.Role })],
        };

        Event NewEvent(string name, PublicationStatus publication, PartialDate start, string country, CooperationArea[] areas, Organisation[] organisations) => new()
        {
            Slug = $"{Token.ToLowerInvariant()}-{name}",
            StartDate = start,
            Country = countries[country],
            OriginalLanguage = ContentLanguage.English,
            Publication = publication,
            Translations = [new EventTranslation { Language = ContentLanguage.English, Name = $"{Token} {name}", State = TranslationState.Ready }],
            Areas = [.. areas.Select(area => new EventArea { CooperationArea = area })],
            Organisations = [.. organisations.Select(organisation => new EventOrganisation { Organisation = organisation, Role = EventRole.Organiser })],
        };

        db.Organisations.AddRange(institute, borealis, draftOffice);
        db.Initiatives.AddRange(
            NewInitiative("alpha", PublicationStatus.Published, InitiativeStatus.Ongoing, 2021, [space], ["MM"], "MM", [(borealis, InitiativeRole.Lead), (borealis, InitiativeRole.Partner)]),
            NewInitiative("beta", PublicationStatus.Published, InitiativeStatus.Planned, 2021, [ruleOfLaw], [], "BN", [(draftOffice, InitiativeRole.Partner)]),
            NewInitiative("gamma", PublicationStatus.Published, InitiativeStatus.Completed, 2019, [space, ruleOfLaw], ["MM", "BN"], null, [(borealis, InitiativeRole.Funder)]),
            NewInitiative("delta", PublicationStatus.Draft, InitiativeStatus.Ongoing, 2021, [space], ["MM"], null, [(borealis, InitiativeRole.Lead)]));
        db.Events.AddRange(
            NewEvent("forum", PublicationStatus.Published, PartialDate.InMonth(2021, 5), "MM", [space], [borealis]),
            NewEvent("workshop", PublicationStatus.Published, PartialDate.InMonth(2022, 3), "TL", [], []),
            NewEvent("meeting", PublicationStatus.Draft, PartialDate.InMonth(2021, 6), "MM", [space], [borealis]));
        await db.SaveChangesAsync();
    }
}
