using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Data.Seeding;

/// <summary>Turns seed content into entities, resolving its slug references, and adds them to the context.</summary>
internal sealed class SeedMapper(PortalDbContext db, DateTimeOffset seededAt)
{
    private readonly Dictionary<string, SourceDocument> _sources = [];
    private readonly Dictionary<string, CooperationArea> _areas = [];
    private readonly Dictionary<string, Country> _countries = [];
    private readonly Dictionary<string, Organisation> _organisations = [];
    private readonly Dictionary<string, Person> _people = [];
    private readonly Dictionary<string, Event> _events = [];
    private readonly Dictionary<string, Initiative> _initiatives = [];

    public void AddAll(SeedContent content)
    {
        foreach (var source in content.SourceDocuments)
        {
            _sources[source.Slug] = db.SourceDocuments.Add(new SourceDocument
            {
                Slug = source.Slug,
                FileName = source.FileName,
                PublishedOn = Date(source.PublishedOn),
                Url = source.Url,
                OriginalLanguage = source.OriginalLanguage,
                Translations = Texts(source.Text, source.OriginalLanguage, (text, language) =>
                    new SourceDocumentTranslation { Language = language, Title = text.Title, Publisher = text.Publisher }),
            }).Entity;
        }

        AddFramework(content);
        foreach (var country in content.Countries)
        {
            _countries[country.IsoCode] = db.Countries.Add(new Country
            {
                IsoCode = country.IsoCode,
                Slug = country.Slug,
                Group = country.Group,
                OriginalLanguage = ContentLanguage.English,
                Translations = Texts(country.Text, ContentLanguage.English, (text, language) =>
                    new CountryTranslation { Language = language, Name = text.Name }),
            }).Entity;
        }

        AddOrganisations(content.Organisations);
        foreach (var person in content.People)
        {
            _people[person.Slug] = db.People.Add(new Person
            {
                Slug = person.Slug,
                Organisation = Optional(_organisations, person.Organisation),
                SourceDocument = Required(_sources, person.Source),
                OriginalLanguage = person.OriginalLanguage,
                Publication = PublicationStatus.Published,
                Translations = Texts(person.Text, person.OriginalLanguage, (text, language) =>
                    new PersonTranslation { Language = language, Name = text.Name, Title = text.Title }),
            }).Entity;
        }

        AddInitiatives(content.Initiatives);
        AddEvents(content.Events);
        AddMilestones(content.Initiatives);
    }

    private void AddFramework(SeedContent content)
    {
        var seed = content.Framework;
        var framework = db.Frameworks.Add(new PartnershipFramework
        {
            Slug = seed.Slug,
            AdoptedOn = Date(seed.AdoptedOn),
            SourceDocument = Required(_sources, seed.Source),
            OriginalLanguage = seed.OriginalLanguage,
            Translations = Texts(seed.Text, seed.OriginalLanguage, (text, language) => new PartnershipFrameworkTranslation
            {
                Language = language,
                Name = text.Name,
                StatementTitle = text.StatementTitle,
                ImplementationPlanTitle = text.ImplementationPlanTitle,
                VisionText = text.VisionText,
                Summary = text.Summary,
            }),
        }).Entity;

        foreach (var pillarSeed in content.Pillars)
        {
            var pillar = new Pillar
            {
                Framework = framework,
                Number = pillarSeed.Number,
                Slug = pillarSeed.Slug,
                OriginalLanguage = pillarSeed.OriginalLanguage,
                Translations = Texts(pillarSeed.Text, pillarSeed.OriginalLanguage, (text, language) =>
                    new PillarTranslation { Language = language, Name = text.Name, Summary = text.Summary }),
            };
            db.Pillars.Add(pillar);
            foreach (var (areaSeed, index) in pillarSeed.Areas.Select((area, index) => (area, index)))
            {
                _areas[areaSeed.Slug] = db.CooperationAreas.Add(new CooperationArea
                {
                    Pillar = pillar,
                    Slug = areaSeed.Slug,
                    SortOrder = index + 1,
                    OriginalLanguage = areaSeed.OriginalLanguage,
                    Translations = Texts(areaSeed.Text, areaSeed.OriginalLanguage, (text, language) =>
                        new CooperationAreaTranslation { Language = language, Name = text.Name, Summary = text.Summary }),
                }).Entity;
            }
        }
    }

    private void AddOrganisations(List<SeedOrganisation> seeds)
    {
        foreach (var seed in seeds)
        {
            _organisations[seed.Slug] = db.Organisations.Add(new Organisation
            {
                Slug = seed.Slug,
                Acronym = seed.Acronym,
                Kind = seed.Kind,
                Country = Optional(_countries, seed.Country),
                WebsiteUrl = seed.Website,
                SourceDocument = Required(_sources, seed.Source),
                OriginalLanguage = seed.OriginalLanguage,
                Publication = PublicationStatus.Published,
                Translations = Texts(seed.Text, seed.OriginalLanguage, (text, language) =>
                    new OrganisationTranslation { Language = language, Name = text.Name, Description = text.Description }),
            }).Entity;
        }

        // Parents may be listed after their children, so they are linked once all exist.
        foreach (var seed in seeds.Where(seed => seed.Parent is not null))
        {
            _organisations[seed.Slug].ParentOrganisation = Required(_organisations, seed.Parent!);
        }
    }

    private void AddInitiatives(List<SeedInitiative> seeds)
    {
        foreach (var seed in seeds)
        {
            var original = seed.OriginalLanguage;
            _initiatives[seed.Slug] = db.Initiatives.Add(new Initiative
            {
                Slug = seed.Slug,
                Acronym = seed.Acronym,
                Kind = seed.Kind,
                Status = seed.Status,
                StartDate = Date(seed.StartDate),
                EndDate = Date(seed.EndDate),
                SourceDocument = Required(_sources, seed.Source),
                OriginalLanguage = original,
                Publication = PublicationStatus.Published,
                PublishedAt = seededAt,
                Areas = [.. seed.Areas.Select(area => new InitiativeArea { CooperationArea = Required(_areas, area) })],
                Organisations = [.. seed.Organisations.Select(link => new InitiativeOrganisation
                {
                    Organisation = Required(_organisations, link.Organisation),
                    Role = link.Role,
                })],
                Countries = [.. seed.Countries.Select(code => new InitiativeCountry { Country = Required(_countries, code) })],
                KeyFigures = [.. seed.Figures.Select((figure, index) => new KeyFigure
                {
                    Value = figure.Value,
                    Unit = figure.Unit,
                    Approximation = figure.Approximation,
                    SortOrder = index + 1,
                    OriginalLanguage = original,
                    Translations = Texts(figure.Text, original, (text, language) =>
                        new KeyFigureTranslation { Language = language, Label = text.Label }),
                })],
                Links = [.. seed.Links.Select((link, index) => new ExternalLink
                {
                    Url = link.Url,
                    SortOrder = index + 1,
                    OriginalLanguage = original,
                    Translations = Texts(link.Text, original, (text, language) =>
                        new ExternalLinkTranslation { Language = language, Title = text.Title }),
                })],
                Images = Images(seed.Images, original),
                Translations = Texts(seed.Text, original, (text, language) => new InitiativeTranslation
                {
                    Language = language,
                    Name = text.Name,
                    Summary = text.Summary,
                    Description = text.Description,
                    SourceSection = text.SourceSection,
                }),
            }).Entity;
        }

        foreach (var seed in seeds.Where(seed => seed.Parent is not null))
        {
            _initiatives[seed.Slug].ParentInitiative = Required(_initiatives, seed.Parent!);
        }
    }

    private void AddEvents(List<SeedEvent> seeds)
    {
        foreach (var seed in seeds)
        {
            _events[seed.Slug] = db.Events.Add(new Event
            {
                Slug = seed.Slug,
                StartDate = PartialDate.Parse(seed.StartDate),
                EndDate = Date(seed.EndDate),
                Country = Optional(_countries, seed.Country),
                SourceDocument = Required(_sources, seed.Source),
                OriginalLanguage = seed.OriginalLanguage,
                Publication = PublicationStatus.Published,
                Organisations = [.. seed.Organisations.Select(link => new EventOrganisation
                {
                    Organisation = Required(_organisations, link.Organisation),
                    Role = link.Role,
                })],
                Participants = [.. seed.Participants.Select((person, index) => new EventParticipant
                {
                    Person = Required(_people, person),
                    SortOrder = index + 1,
                })],
                Areas = [.. seed.Areas.Select(area => new EventArea { CooperationArea = Required(_areas, area) })],
                Initiatives = [.. seed.Initiatives.Select(initiative => new EventInitiative { Initiative = Required(_initiatives, initiative) })],
                Images = Images(seed.Images, seed.OriginalLanguage),
                Translations = Texts(seed.Text, seed.OriginalLanguage, (text, language) => new EventTranslation
                {
                    Language = language,
                    Name = text.Name,
                    Summary = text.Summary,
                    Place = text.Place,
                    Topics = text.Topics,
                    Outcome = text.Outcome,
                }),
            }).Entity;
        }
    }

    // Milestones may point at events, so they come after the events exist.
    private void AddMilestones(List<SeedInitiative> seeds)
    {
        foreach (var seed in seeds)
        {
            var initiative = _initiatives[seed.Slug];
            foreach (var milestone in seed.Milestones)
            {
                initiative.Milestones.Add(new Milestone
                {
                    Date = PartialDate.Parse(milestone.Date),
                    Status = milestone.Status,
                    Country = Optional(_countries, milestone.Country),
                    Event = Optional(_events, milestone.Event),
                    OriginalLanguage = seed.OriginalLanguage,
                    Translations = Texts(milestone.Text, seed.OriginalLanguage, (text, language) =>
                        new MilestoneTranslation { Language = language, Title = text.Title, Description = text.Description }),
                });
            }
        }
    }

    private List<Image> Images(List<SeedImage> seeds, string original) =>
    [
        .. seeds.Select((image, index) => new Image
        {
            SortOrder = index + 1,
            OriginalLanguage = original,
            Translations = Texts(image.Text, original, (text, language) => new ImageTranslation
            {
                Language = language,
                Caption = text.Caption,
                AltText = text.AltText,
                Credit = text.Credit,
            }),
        }),
    ];

    /// <summary>
    /// The original language's text is the source's own and starts Ready; a translation written
    /// for the seed starts NeedsReview until JMT staff have checked it.
    /// </summary>
    private List<TTranslation> Texts<TSeedText, TTranslation>(
        Dictionary<string, TSeedText> texts, string originalLanguage, Func<TSeedText, string, TTranslation> create)
        where TSeedText : SeedText
        where TTranslation : Translation =>
    [
        .. texts.Select(pair =>
        {
            var translation = create(pair.Value, pair.Key);
            translation.State = pair.Value.State
                ?? (pair.Key == originalLanguage ? TranslationState.Ready : TranslationState.NeedsReview);
            translation.NameConfidence = pair.Value.NameConfidence;
            translation.TextUpdatedAt = seededAt;
            return translation;
        }),
    ];

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text);

    private static T Required<T>(Dictionary<string, T> known, string key) =>
        known.TryGetValue(key, out var value)
            ? value
            : throw new InvalidOperationException($"Seed content refers to '{key}', which it does not define.");

    private static T? Optional<T>(Dictionary<string, T> known, string? key)
        where T : class =>
        key is null ? null : Required(known, key);
}
