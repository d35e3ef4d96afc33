using System.Globalization;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Data.Generation;

internal sealed record ReferenceCountry(int Id, string IsoCode, Phrase Name);

internal sealed record ReferenceArea(int Id, string Slug, Phrase Name);

internal sealed record ReferenceOrganisation(int Id, string Slug, Phrase Name, int? CountryId);

/// <summary>What the database already holds that generated records refer to: the seeded countries, areas and organisations.</summary>
internal sealed record ReferenceData(
    IReadOnlyList<ReferenceCountry> Countries,
    IReadOnlyList<ReferenceArea> Areas,
    IReadOnlyList<ReferenceOrganisation> Organisations);

/// <summary>The first free id of each table the generator fills, so records and their links are written with their keys.</summary>
internal sealed record FirstIds(int Organisation, int Initiative, int KeyFigure, int Event, int Milestone);

internal sealed class GeneratedContent
{
    public List<Organisation> Organisations { get; } = [];

    public List<Initiative> Initiatives { get; } = [];

    public List<Event> Events { get; } = [];

    public List<Milestone> Milestones { get; } = [];
}

/// <summary>
/// Builds a large, realistic-looking body of records in memory from a seed: skewed over areas,
/// countries and organisations (every area and country gets some, a few areas very few), with
/// partial dates of every precision over 2015–2030, key figures in several units, texts in English
/// and Japanese (some translations missing, stale, unreviewed or unpublished) and a mix of
/// publication states. The same seed, reference data and day give the same records.
/// </summary>
internal sealed class SyntheticContent
{
    private const string EnDash = "\u2013";

    // Well-known bodies lead and fund far more initiatives than the rest.
    private static readonly HashSet<string> Prominent = new(StringComparer.Ordinal)
    {
        "jica", "japan-foundation", "asean-secretariat", "jaif", "eria", "aha-centre", "mofa",
    };

    private static readonly DateOnly Earliest = new(2015, 1, 1);
    private static readonly DateOnly Latest = new(2030, 12, 31);
    private static readonly Phrase AseanMembers = new("the ASEAN Member States", "ASEAN加盟国");
    private static readonly Phrase Online = new("Online", "オンライン");

    private readonly RandomChoices _random;
    private readonly ReferenceData _reference;
    private readonly FirstIds _firstIds;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly WeightedChoice<ReferenceArea> _areas;
    private readonly WeightedChoice<ReferenceCountry> _countries;
    private readonly WeightedChoice<InitiativeKind> _kinds;
    private readonly WeightedChoice<PublicationStatus> _publication;
    private readonly WeightedChoice<DatePrecision> _initiativeDatePrecision;
    private readonly WeightedChoice<DatePrecision> _eventDatePrecision;
    private readonly WeightedChoice<DatePrecision> _milestoneDatePrecision;
    private readonly WeightedChoice<TranslationState> _translationState;
    private readonly WeightedChoice<InitiativeRole> _partnerRoles;
    private readonly WeightedChoice<FigureUnit> _units;
    private readonly WeightedChoice<Phrase> _activities;
    private readonly List<(Initiative Record, Phrase Topic, List<ReferenceCountry> Countries)> _initiatives = [];
    private readonly Dictionary<int, List<int>> _initiativesByArea = [];
    private readonly Dictionary<int, Phrase> _organisationNames = [];
    private readonly Dictionary<int, List<int>> _organisationsByCountry = [];
    private WeightedChoice<ReferenceOrganisation> _organisations = null!;
    private int _keyFigureCount;

    public SyntheticContent(ReferenceData reference, FirstIds firstIds, int seed, DateTimeOffset now)
    {
        _random = new RandomChoices(seed);
        _reference = reference;
        _firstIds = firstIds;
        _now = now.ToUniversalTime();
        _today = DateOnly.FromDateTime(_now.UtcDateTime);

        // A few areas get a twentieth of the usual weight, so the data has nearly empty areas as real data does.
        var areaWeights = reference.Areas.Select(area => (Item: area, Weight: _random.SkewedWeight(1.0))).ToList();
        var quietest = areaWeights.OrderBy(pair => pair.Weight).Take(3).Select(pair => pair.Item).ToHashSet();
        _areas = _random.Weighted(areaWeights.Select(pair => (pair.Item, quietest.Contains(pair.Item) ? pair.Weight / 20 : pair.Weight)));
        _countries = _random.Weighted(reference.Countries.Select(country => (country, _random.SkewedWeight(0.7))));
        _kinds = _random.Weighted(Vocabulary.KindWeights.Select(pair => (pair.Kind, pair.Weight)));
        _publication = _random.Weighted<PublicationStatus>(
            [(PublicationStatus.Published, 85), (PublicationStatus.Draft, 7), (PublicationStatus.InReview, 5), (PublicationStatus.Archived, 3)]);
        _initiativeDatePrecision = Precisions(day: 25, month: 35, year: 25, fiscalYear: 15);
        _eventDatePrecision = Precisions(day: 70, month: 20, year: 7, fiscalYear: 3);
        _milestoneDatePrecision = Precisions(day: 45, month: 35, year: 12, fiscalYear: 8);
        _translationState = _random.Weighted<TranslationState>([(TranslationState.Ready, 80), (TranslationState.NeedsReview, 12), (TranslationState.Draft, 8)]);
        _partnerRoles = _random.Weighted<InitiativeRole>(
            [(InitiativeRole.Partner, 50), (InitiativeRole.Implementer, 30), (InitiativeRole.Funder, 12), (InitiativeRole.Host, 8)]);
        _units = _random.Weighted<FigureUnit>(
            [(FigureUnit.Yen, 30), (FigureUnit.People, 20), (FigureUnit.Participants, 20), (FigureUnit.Days, 8), (FigureUnit.Years, 8),
             (FigureUnit.Countries, 8), (FigureUnit.Memoranda, 4), (FigureUnit.Areas, 2)]);
        _activities = _random.Weighted(Vocabulary.Activities.Select(activity => (activity, 1.0)));
    }

    public GeneratedContent Build(GenerationOptions options)
    {
        var content = new GeneratedContent();
        foreach (var organisation in _reference.Organisations)
        {
            Remember(organisation.Id, organisation.Name, organisation.CountryId);
        }

        for (var number = 1; number <= options.OrganisationCount; number++)
        {
            content.Organisations.Add(NewOrganisation(number));
        }

        _organisations = _random.Weighted(_reference.Organisations
            .Select(organisation => (organisation, Prominent.Contains(organisation.Slug) ? 30.0 : 4.0))
            .Concat(content.Organisations.Select(organisation =>
                (new ReferenceOrganisation(organisation.Id, organisation.Slug, _organisationNames[organisation.Id], organisation.CountryId), _random.SkewedWeight(0.8)))));

        for (var number = 1; number <= options.Initiatives; number++)
        {
            content.Initiatives.Add(NewInitiative(number));
        }

        for (var number = 1; number <= options.Events; number++)
        {
            content.Events.Add(NewEvent(number));
        }

        if (_initiatives.Count > 0)
        {
            // Some initiatives report many steps, most a handful.
            var owners = _random.Weighted(_initiatives.Select(initiative => (initiative, _random.SkewedWeight(0.9))));
            for (var number = 1; number <= options.Milestones; number++)
            {
                content.Milestones.Add(NewMilestone(_firstIds.Milestone + number - 1, owners.Pick(), content.Events));
            }
        }

        return content;
    }

    private Organisation NewOrganisation(int number)
    {
        var id = _firstIds.Organisation + number - 1;
        var country = number <= _reference.Countries.Count ? _reference.Countries[number - 1] : _countries.Pick();
        var (pattern, kind) = _random.Pick(Vocabulary.OrganisationPatterns);
        var topic = Topic(_areas.Pick());
        var city = City(country);
        var name = Format(pattern, country.Name, topic, city);
        var original = _random.Chance(0.7) ? ContentLanguage.English : ContentLanguage.Japanese;
        var description = _random.Chance(0.6)
            ? new Phrase($"Works on {topic.En} in {country.Name.En}.", $"{country.Name.Ja}で{topic.Ja}に取り組む。")
            : null;
        var lifecycle = Lifecycle();
        Remember(id, name, country.Id);
        var organisation = new Organisation
        {
            Id = id,
            Slug = GeneratedSlug(name.En, number),
            Acronym = _random.Chance(0.3) ? Acronym(name.En) : null,
            Kind = kind,
            CountryId = country.Id,
            OriginalLanguage = original,
            Translations = Texts(original, lifecycle.Updated, language => new OrganisationTranslation
            {
                Language = language,
                OrganisationId = id,
                Name = name.In(language),
                Description = description?.In(language),
            }),
        };
        // Organisations are reference records: most are published even where initiatives would still be in the workflow.
        lifecycle.ApplyTo(organisation, lifecycle.Publication == PublicationStatus.Published || _random.Chance(0.5) ? PublicationStatus.Published : lifecycle.Publication);
        return organisation;
    }

    private Initiative NewInitiative(int number)
    {
        var id = _firstIds.Initiative + number - 1;
        var areas = WithFirst(number <= _reference.Areas.Count ? _reference.Areas[number - 1] : null, _areas, Count(1, 0.7, 0.22));
        var countries = number <= _reference.Countries.Count
            ? [_reference.Countries[number - 1]]
            : _random.Chance(0.2)
                ? [.. _reference.Countries]
                : _countries.PickDistinct(Count(1, 0.55, 0.3));
        var kind = _kinds.Pick();
        var topic = Topic(areas[0]);
        // "Film and Media Exchange" makes an "Exchange Programme" read twice; another format of the kind avoids it.
        var formats = Vocabulary.Formats[kind].Where(f => !topic.En.EndsWith(f.En.Split(' ')[0], StringComparison.Ordinal)).ToList();
        var format = _random.Pick<Phrase>(formats.Count > 0 ? formats : Vocabulary.Formats[kind]);
        var namedCountry = countries.Count == 1 && countries[0].IsoCode != "JP" ? countries[0] : null;
        var phase = _random.Chance(0.15) ? _random.Between(2, 4) : (int?)null;
        var name = new Phrase(
            (namedCountry is null ? $"ASEAN{EnDash}Japan " : string.Empty) + $"{topic.En} {format.En}"
                + (namedCountry is null ? string.Empty : $" in {InSentence(namedCountry)}") + (phase is { } p ? $" (Phase {p})" : string.Empty),
            (namedCountry?.Name.Ja ?? "日ASEAN") + topic.Ja + format.Ja + (phase is { } q ? $"（フェーズ{q}）" : string.Empty));

        var start = _random.Chance(0.93) ? RandomDate(Earliest, Latest, _initiativeDatePrecision, centred: true) : null;
        var end = start is not null && _random.Chance(0.6) ? EndAfter(start, _initiativeDatePrecision, maxYears: 6) : null;
        var organisations = _organisations.PickDistinct(Count(1, 0.35, 0.35, 0.2));
        var lead = _organisationNames[organisations[0].Id];
        var places = Places(countries);
        var activities = _activities.PickDistinct(3);
        var summary = _random.Between(1, 3) switch
        {
            1 => new Phrase(
                $"Strengthens {topic.En} in {places.En} through {activities[0].En} and {activities[1].En}.",
                $"{activities[0].Ja}や{activities[1].Ja}を通じて、{places.Ja}における{topic.Ja}を強化する。"),
            2 => new Phrase(
                $"Led by {lead.En}, it brings together officials and experts from {places.En} to work on {topic.En}.",
                $"{lead.Ja}の主導により、{places.Ja}の行政官や専門家が{topic.Ja}に取り組む。"),
            _ => new Phrase(
                $"Supports {places.En} on {topic.En}, with {lead.En} as implementing partner.",
                $"{lead.Ja}を実施機関として、{places.Ja}の{topic.Ja}を支援する。"),
        };
        var description = _random.Chance(0.7)
            ? new Phrase(
                $"{summary.En}\n\nActivities include {activities[0].En}, {activities[1].En} and {activities[2].En}.",
                $"{summary.Ja}\n\n主な活動は、{activities[0].Ja}、{activities[1].Ja}、{activities[2].Ja}である。")
            : null;
        var original = _random.Chance(0.65) ? ContentLanguage.Japanese : ContentLanguage.English;
        var lifecycle = Lifecycle();
        var initiative = new Initiative
        {
            Id = id,
            Slug = GeneratedSlug(name.En, number),
            Acronym = _random.Chance(0.15) ? Acronym(name.En) : null,
            Kind = kind,
            Status = Status(start, end),
            StartDate = start,
            EndDate = end,
            OriginalLanguage = original,
            Areas = [.. areas.Select(area => new InitiativeArea { InitiativeId = id, CooperationAreaId = area.Id })],
            Countries = [.. countries.Select(country => new InitiativeCountry { InitiativeId = id, CountryId = country.Id })],
            Organisations = [.. organisations.Select((organisation, index) => new InitiativeOrganisation
            {
                InitiativeId = id,
                OrganisationId = organisation.Id,
                Role = index == 0 ? InitiativeRole.Lead : _partnerRoles.Pick(),
            })],
            Translations = Texts(original, lifecycle.Updated, language => new InitiativeTranslation
            {
                Language = language,
                InitiativeId = id,
                Name = name.In(language),
                Summary = summary.In(language),
                Description = description?.In(language),
            }),
        };
        initiative.KeyFigures = KeyFigures(initiative, countries.Count, lifecycle.Updated);
        lifecycle.ApplyTo(initiative);
        foreach (var area in areas)
        {
            _initiativesByArea.TryAdd(area.Id, []);
            _initiativesByArea[area.Id].Add(id);
        }

        _initiatives.Add((initiative, topic, countries));
        return initiative;
    }

    private List<KeyFigure> KeyFigures(Initiative initiative, int countryCount, DateTimeOffset updated)
    {
        var figures = new List<KeyFigure>();
        var count = Count(0, 0.35, 0.3, 0.2);
        foreach (var unit in _units.PickDistinct(count))
        {
            var approximation = _random.Between(1, 20) switch
            {
                <= 12 => FigureApproximation.Exact,
                <= 17 => FigureApproximation.About,
                <= 19 => FigureApproximation.OrMore,
                _ => unit == FigureUnit.Yen ? FigureApproximation.ScaleOf : FigureApproximation.About,
            };
            var label = _random.Pick(Vocabulary.FigureLabels[unit]);
            var figureId = _firstIds.KeyFigure + _keyFigureCount++;
            figures.Add(new KeyFigure
            {
                Id = figureId,
                InitiativeId = initiative.Id,
                Value = FigureValue(unit, countryCount),
                Unit = unit,
                Approximation = approximation,
                SortOrder = figures.Count + 1,
                OriginalLanguage = initiative.OriginalLanguage,
                Translations = Texts(initiative.OriginalLanguage, updated, language => new KeyFigureTranslation { Language = language, KeyFigureId = figureId, Label = label.In(language) }),
            });
        }

        return figures;
    }

    private decimal FigureValue(FigureUnit unit, int countryCount) => unit switch
    {
        // Amounts from a million to ten billion yen, rounded as sources round them.
        FigureUnit.Yen => Math.Round((decimal)Math.Pow(10, 6 + (4 * _random.Fraction())) / 100_000m) * 100_000m,
        FigureUnit.People => _random.Between(10, 5_000),
        FigureUnit.Participants => _random.Between(20, 500),
        FigureUnit.Days => _random.Between(2, 60),
        FigureUnit.Years => _random.Between(1, 10),
        FigureUnit.Countries => Math.Max(countryCount, _random.Between(2, 11)),
        FigureUnit.Memoranda => _random.Between(1, 12),
        _ => _random.Between(1, 8),
    };

    private Event NewEvent(int number)
    {
        var id = _firstIds.Event + number - 1;
        var areas = WithFirst(number <= _reference.Areas.Count ? _reference.Areas[number - 1] : null, _areas, Count(1, 0.75));
        var country = number <= _reference.Countries.Count ? _reference.Countries[number - 1] : _random.Chance(0.92) ? _countries.Pick() : null;
        var start = RandomDate(Earliest, Latest, _eventDatePrecision, centred: false);
        var end = start.Precision == DatePrecision.Day && _random.Chance(0.4)
            ? new PartialDate(start.Start.AddDays(_random.Between(1, 4)), DatePrecision.Day)
            : null;
        var topic = Topic(areas[0]);
        var type = _random.Pick(Vocabulary.EventTypes);
        var edition = _random.Between(1, 30);
        var place = country is null ? Online : City(country);
        var attendees = _random.Pick(Vocabulary.Attendees);
        var nations = _random.Between(3, 11);
        var name = new Phrase(
            $"{Vocabulary.Ordinal(edition)} ASEAN{EnDash}Japan {topic.En} {type.En}",
            $"第{edition}回日ASEAN{topic.Ja}{type.Ja}");
        var summary = country is null
            ? new Phrase($"{attendees.En} from {nations} countries met online to discuss {topic.En}.", $"{nations}か国の{attendees.Ja}がオンラインで{topic.Ja}について議論した。")
            : new Phrase($"{attendees.En} from {nations} countries met in {place.En} to discuss {topic.En}.", $"{nations}か国の{attendees.Ja}が{place.Ja}に集まり、{topic.Ja}について議論した。");
        var secondTopic = Topic(_areas.Pick());
        var topics = _random.Chance(0.5) ? new Phrase($"- {topic.En}\n- {secondTopic.En}", $"- {topic.Ja}\n- {secondTopic.Ja}") : null;
        var outcome = _random.Chance(0.4)
            ? new Phrase($"Participants agreed on next steps for {topic.En}.", $"参加者は{topic.Ja}に関する今後の取組について合意した。")
            : null;
        var original = _random.Chance(0.5) ? ContentLanguage.Japanese : ContentLanguage.English;
        var lifecycle = Lifecycle();
        var record = new Event
        {
            Id = id,
            Slug = GeneratedSlug(name.En + " " + start.Start.Year.ToString(CultureInfo.InvariantCulture), number),
            StartDate = start,
            EndDate = end,
            CountryId = country?.Id,
            OriginalLanguage = original,
            Areas = [.. areas.Select(area => new EventArea { EventId = id, CooperationAreaId = area.Id })],
            Initiatives = [.. EventInitiatives(areas).Select(initiativeId => new EventInitiative { EventId = id, InitiativeId = initiativeId })],
            Organisations = EventOrganisations(id, country),
            Translations = Texts(original, lifecycle.Updated, language => new EventTranslation
            {
                Language = language,
                EventId = id,
                Name = name.In(language),
                Summary = summary.In(language),
                Place = place.In(language),
                Topics = topics?.In(language),
                Outcome = outcome?.In(language),
            }),
        };
        lifecycle.ApplyTo(record);
        return record;
    }

    private IEnumerable<int> EventInitiatives(List<ReferenceArea> areas)
    {
        if (!_initiativesByArea.TryGetValue(areas[0].Id, out var candidates))
        {
            return [];
        }

        return _random.Between(1, 10) switch
        {
            <= 3 => [],
            <= 9 => [_random.Pick(candidates)],
            _ => new[] { _random.Pick(candidates), _random.Pick(candidates) }.Distinct(),
        };
    }

    private List<EventOrganisation> EventOrganisations(int eventId, ReferenceCountry? country)
    {
        var links = _organisations.PickDistinct(Count(1, 0.6, 0.3))
            .Select((organisation, index) => new EventOrganisation
            {
                EventId = eventId,
                OrganisationId = organisation.Id,
                Role = index == 0 ? EventRole.Organiser : EventRole.Participant,
            })
            .ToList();
        if (_reference.Organisations.FirstOrDefault(o => o.Slug == "jaif") is { } fund && _random.Chance(0.4) && links.TrueForAll(l => l.OrganisationId != fund.Id))
        {
            links.Add(new EventOrganisation { EventId = eventId, OrganisationId = fund.Id, Role = EventRole.Supporter });
        }

        if (country is not null && _organisationsByCountry.TryGetValue(country.Id, out var local) && _random.Chance(0.3))
        {
            var host = _random.Pick(local);
            if (links.TrueForAll(l => l.OrganisationId != host))
            {
                links.Add(new EventOrganisation { EventId = eventId, OrganisationId = host, Role = EventRole.Host });
            }
        }

        return links;
    }

    private Milestone NewMilestone(int id, (Initiative Record, Phrase Topic, List<ReferenceCountry> Countries) owner, List<Event> events)
    {
        var initiative = owner.Record;
        var from = Clamp(initiative.StartDate?.Start ?? Earliest);
        var to = Clamp(initiative.EndDate?.End ?? from.AddYears(5));
        var date = RandomDate(from, to < from ? from : to, _milestoneDatePrecision, centred: false);
        var country = _random.Chance(0.5) ? _random.Pick(owner.Countries) : null;
        var city = City(country ?? _random.Pick(owner.Countries));
        var template = _random.Pick(Vocabulary.MilestoneTitles);
        var countryName = (country ?? owner.Countries[0]).Name;
        var phase = _random.Between(2, 4).ToString(CultureInfo.InvariantCulture);
        var title = new Phrase(
            string.Format(CultureInfo.InvariantCulture, template.En, owner.Topic.En, city.En, countryName.En, phase),
            string.Format(CultureInfo.InvariantCulture, template.Ja, owner.Topic.Ja, city.Ja, countryName.Ja, phase));
        var description = _random.Chance(0.25)
            ? new Phrase("Reported to the JAIF Management Team.", "JAIF管理チームに報告された。")
            : null;
        var achieved = date.End < _today && !_random.Chance(0.05);
        return new Milestone
        {
            Id = id,
            InitiativeId = initiative.Id,
            Date = date,
            Status = achieved ? MilestoneStatus.Achieved : MilestoneStatus.Planned,
            CountryId = country?.Id,
            EventId = events.Count > 0 && _random.Chance(0.08) ? _random.Pick(events).Id : null,
            OriginalLanguage = initiative.OriginalLanguage,
            Translations = Texts(initiative.OriginalLanguage, initiative.UpdatedAt, language => new MilestoneTranslation
            {
                Language = language,
                MilestoneId = id,
                Title = title.In(language),
                Description = description?.In(language),
            }),
        };
    }

    /// <summary>
    /// The original language's text, published and ready, and most of the time a translation: usually
    /// ready and published, sometimes unreviewed, unpublished or older than the original (stale).
    /// </summary>
    private List<TTranslation> Texts<TTranslation>(string original, DateTimeOffset written, Func<string, TTranslation> create)
        where TTranslation : Translation
    {
        var originalText = create(original);
        originalText.State = TranslationState.Ready;
        originalText.IsPublished = true;
        originalText.TextUpdatedAt = written;
        if (!_random.Chance(0.92))
        {
            return [originalText];
        }

        var translation = create(ContentLanguage.Other(original));
        translation.State = _translationState.Pick();
        translation.IsPublished = translation.State != TranslationState.Draft && _random.Chance(0.95);
        translation.TextUpdatedAt = _random.Chance(0.12) ? written.AddDays(-_random.Between(1, 200)) : written;
        return [originalText, translation];
    }

    /// <summary>When a record was created and last changed (spread over the last three years, more of them recent) and where it stands.</summary>
    private Lifespan Lifecycle()
    {
        var created = _now.AddMinutes(-_random.Between(60, 3 * 365 * 24 * 60));
        var updated = created + ((_now - created) * Math.Sqrt(_random.Fraction()));
        var publication = _publication.Pick();
        DateTimeOffset? published = publication is PublicationStatus.Published or PublicationStatus.Archived
            ? created + ((updated - created) * _random.Fraction())
            : null;
        return new Lifespan(created, updated, publication, published);
    }

    private sealed record Lifespan(DateTimeOffset Created, DateTimeOffset Updated, PublicationStatus Publication, DateTimeOffset? Published)
    {
        public void ApplyTo(IEditorial record, PublicationStatus? publication = null)
        {
            record.Publication = publication ?? Publication;
            record.PendingReview = record.Publication == PublicationStatus.InReview;
            record.PublishedAt = record.Publication is PublicationStatus.Published or PublicationStatus.Archived ? Published ?? Updated : null;
            record.CreatedAt = Created;
            record.UpdatedAt = Updated;
        }
    }

    private InitiativeStatus Status(PartialDate? start, PartialDate? end)
    {
        if (start is null)
        {
            return _random.Chance(0.7) ? InitiativeStatus.Ongoing : _random.Chance(0.66) ? InitiativeStatus.Planned : InitiativeStatus.Completed;
        }

        if (start.Start > _today)
        {
            return InitiativeStatus.Planned;
        }

        return end is not null && end.End < _today ? InitiativeStatus.Completed : InitiativeStatus.Ongoing;
    }

    private PartialDate RandomDate(DateOnly from, DateOnly to, WeightedChoice<DatePrecision> precisions, bool centred)
    {
        // Centred dates (the average of two draws) crowd towards the middle of the span, as initiative starts do.
        var position = centred ? (_random.Fraction() + _random.Fraction()) / 2 : _random.Fraction();
        var day = from.AddDays((int)(position * (to.DayNumber - from.DayNumber)));
        return precisions.Pick() switch
        {
            DatePrecision.Day => new PartialDate(day, DatePrecision.Day),
            DatePrecision.Month => PartialDate.InMonth(day.Year, day.Month),
            DatePrecision.Year => PartialDate.InYear(day.Year),
            _ => PartialDate.InFiscalYear(day.Month >= 4 ? day.Year : day.Year - 1),
        };
    }

    private PartialDate EndAfter(PartialDate start, WeightedChoice<DatePrecision> precisions, int maxYears)
    {
        var end = RandomDate(start.End.AddDays(1), start.Start.AddYears(maxYears), precisions, centred: false);
        return end.Start > start.End ? end : PartialDate.InYear(start.End.Year + 1);
    }

    private static DateOnly Clamp(DateOnly date) => date < Earliest ? Earliest : date > Latest ? Latest : date;

    private WeightedChoice<DatePrecision> Precisions(double day, double month, double year, double fiscalYear) =>
        _random.Weighted<DatePrecision>([(DatePrecision.Day, day), (DatePrecision.Month, month), (DatePrecision.Year, year), (DatePrecision.FiscalYear, fiscalYear)]);

    /// <summary>How many of something: <paramref name="least"/> with the first probability, one more with the second, and so on; one more than the last otherwise.</summary>
    private int Count(int least, params double[] probabilities)
    {
        var draw = _random.Fraction();
        for (var index = 0; index < probabilities.Length; index++)
        {
            draw -= probabilities[index];
            if (draw < 0)
            {
                return least + index;
            }
        }

        return least + probabilities.Length;
    }

    private static List<ReferenceArea> WithFirst(ReferenceArea? first, WeightedChoice<ReferenceArea> others, int count)
    {
        var areas = first is null ? [] : new List<ReferenceArea> { first };
        foreach (var area in others.PickDistinct(count))
        {
            if (areas.Count < count && !areas.Contains(area))
            {
                areas.Add(area);
            }
        }

        return areas.Count > 0 ? areas : [others.Pick()];
    }

    private Phrase Topic(ReferenceArea area) =>
        Vocabulary.Topics.TryGetValue(area.Slug, out var topics) ? _random.Pick(topics) : area.Name;

    private Phrase City(ReferenceCountry country) =>
        Vocabulary.Cities.TryGetValue(country.IsoCode, out var cities) ? _random.Pick(cities) : country.Name;

    private static Phrase Places(List<ReferenceCountry> countries) =>
        countries.Count >= 10
            ? AseanMembers
            : new Phrase(
                countries.Count == 1 ? InSentence(countries[0]) : string.Join(", ", countries.SkipLast(1).Select(InSentence)) + " and " + InSentence(countries[^1]),
                string.Join("、", countries.Select(c => c.Name.Ja)));

    /// <summary>A country's English name as a sentence uses it ("the Philippines").</summary>
    private static string InSentence(ReferenceCountry country) => country.IsoCode == "PH" ? "the " + country.Name.En : country.Name.En;

    private static Phrase Format(Phrase pattern, Phrase country, Phrase topic, Phrase city) => new(
        string.Format(CultureInfo.InvariantCulture, pattern.En, country.En, topic.En, city.En),
        string.Format(CultureInfo.InvariantCulture, pattern.Ja, country.Ja, topic.Ja, city.Ja));

    private void Remember(int organisationId, Phrase name, int? countryId)
    {
        _organisationNames[organisationId] = name;
        if (countryId is { } country)
        {
            _organisationsByCountry.TryAdd(country, []);
            _organisationsByCountry[country].Add(organisationId);
        }
    }

    /// <summary>"gen-" and the English name's slug, cut to leave room for the running number that makes it unique.</summary>
    private static string GeneratedSlug(string englishName, int number)
    {
        var suffix = "-" + number.ToString(CultureInfo.InvariantCulture);
        var name = Slug.FromName(englishName);
        var room = Slug.MaxLength - DataGenerator.SlugPrefix.Length - suffix.Length;
        if (name.Length > room)
        {
            name = name[..room].TrimEnd('-');
        }

        return DataGenerator.SlugPrefix + name + suffix;
    }

    /// <summary>The initials of the name's significant words ("ASEAN–Japan Disaster Risk Reduction Project" → "AJDRRP").</summary>
    private static string? Acronym(string englishName)
    {
        string[] minor = ["and", "in", "of", "for", "on", "the"];
        var initials = string.Concat(englishName
            .Split([' ', '-', EnDash[0], '(', ')', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => char.IsLetter(word[0]) && !minor.Contains(word))
            .Select(word => char.ToUpperInvariant(word[0])));
        return initials.Length is >= 2 and <= 10 ? initials : null;
    }
}
