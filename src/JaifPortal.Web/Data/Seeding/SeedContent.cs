using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Data.Seeding;

// The shape of seed-content.json. Texts are keyed by language code ("en", "ja"); references to
// other records use their slug (countries: ISO code); dates use PartialDate's notation
// ("2024-08-27", "2024-08", "2024", "FY2024").

public sealed class SeedContent
{
    /// <summary>Identifies this body of content in the applied-seeds log; change it only for new content.</summary>
    public required string Key { get; init; }

    public required List<SeedSourceDocument> SourceDocuments { get; init; }

    public required SeedFramework Framework { get; init; }

    public required List<SeedPillar> Pillars { get; init; }

    public required List<SeedCountry> Countries { get; init; }

    public required List<SeedOrganisation> Organisations { get; init; }

    public List<SeedPerson> People { get; init; } = [];

    public List<SeedEvent> Events { get; init; } = [];

    public required List<SeedInitiative> Initiatives { get; init; }
}

/// <summary>Fields every language's text of a seeded record can carry besides its own.</summary>
public abstract class SeedText
{
    /// <summary>Overrides the default: Ready for the original language, NeedsReview for a translation.</summary>
    public TranslationState? State { get; init; }

    /// <summary>For names checked against shared/seeds/official-english-names.md.</summary>
    public NameConfidence? NameConfidence { get; init; }
}

public sealed class SeedSourceDocument
{
    public required string Slug { get; init; }

    public required string FileName { get; init; }

    public string? PublishedOn { get; init; }

    public string? Url { get; init; }

    public required string OriginalLanguage { get; init; }

    public required Dictionary<string, SeedSourceDocumentText> Text { get; init; }
}

public sealed class SeedSourceDocumentText : SeedText
{
    public required string Title { get; init; }

    public string? Publisher { get; init; }
}

public sealed class SeedFramework
{
    public required string Slug { get; init; }

    public string? AdoptedOn { get; init; }

    public required string Source { get; init; }

    public required string OriginalLanguage { get; init; }

    public required Dictionary<string, SeedFrameworkText> Text { get; init; }
}

public sealed class SeedFrameworkText : SeedText
{
    public required string Name { get; init; }

    public required string StatementTitle { get; init; }

    public required string ImplementationPlanTitle { get; init; }

    public required string VisionText { get; init; }

    public string? Summary { get; init; }
}

public sealed class SeedPillar
{
    public required int Number { get; init; }

    public required string Slug { get; init; }

    public required string OriginalLanguage { get; init; }

    public required Dictionary<string, SeedNamedText> Text { get; init; }

    /// <summary>In the order of the plan's table.</summary>
    public required List<SeedArea> Areas { get; init; }
}

public sealed class SeedArea
{
    public required string Slug { get; init; }

    public required string OriginalLanguage { get; init; }

    public required Dictionary<string, SeedNamedText> Text { get; init; }
}

public sealed class SeedNamedText : SeedText
{
    public required string Name { get; init; }

    public string? Summary { get; init; }
}

public sealed class SeedCountry
{
    public required string IsoCode { get; init; }

    public required string Slug { get; init; }

    public required CountryGroup Group { get; init; }

    public required Dictionary<string, SeedCountryText> Text { get; init; }
}

public sealed class SeedCountryText : SeedText
{
    public required string Name { get; init; }
}

public sealed class SeedOrganisation
{
    public required string Slug { get; init; }

    public string? Acronym { get; init; }

    public required OrganisationKind Kind { get; init; }

    public string? Country { get; init; }

    public string? Parent { get; init; }

    public string? Website { get; init; }

    public required string Source { get; init; }

    public required string OriginalLanguage { get; init; }

    public required Dictionary<string, SeedOrganisationText> Text { get; init; }
}

public sealed class SeedOrganisationText : SeedText
{
    public required string Name { get; init; }

    public string? Description { get; init; }
}

public sealed class SeedPerson
{
    public required string Slug { get; init; }

    public string? Organisation { get; init; }

    public required string Source { get; init; }

    public required string OriginalLanguage { get; init; }

    public required Dictionary<string, SeedPersonText> Text { get; init; }
}

public sealed class SeedPersonText : SeedText
{
    public required string Name { get; init; }

    public string? Title { get; init; }
}

public sealed class SeedEvent
{
    public required string Slug { get; init; }

    public required string StartDate { get; init; }

    public string? EndDate { get; init; }

    public string? Country { get; init; }

    public required string Source { get; init; }

    public required string OriginalLanguage { get; init; }

    public List<SeedEventOrganisation> Organisations { get; init; } = [];

    /// <summary>People's slugs, in the order the source names them.</summary>
    public List<string> Participants { get; init; } = [];

    public List<string> Areas { get; init; } = [];

    public List<string> Initiatives { get; init; } = [];

    public List<SeedImage> Images { get; init; } = [];

    public required Dictionary<string, SeedEventText> Text { get; init; }
}

public sealed class SeedEventOrganisation
{
    public required string Organisation { get; init; }

    public required EventRole Role { get; init; }
}

public sealed class SeedEventText : SeedText
{
    public required string Name { get; init; }

    public string? Summary { get; init; }

    public string? Place { get; init; }

    public string? Topics { get; init; }

    public string? Outcome { get; init; }
}

public sealed class SeedInitiative
{
    public required string Slug { get; init; }

    public string? Acronym { get; init; }

    public required InitiativeKind Kind { get; init; }

    public required InitiativeStatus Status { get; init; }

    public string? StartDate { get; init; }

    public string? EndDate { get; init; }

    public string? Parent { get; init; }

    public required string Source { get; init; }

    public required string OriginalLanguage { get; init; }

    /// <summary>At least one cooperation area's slug.</summary>
    public required List<string> Areas { get; init; }

    public List<SeedInitiativeOrganisation> Organisations { get; init; } = [];

    /// <summary>ISO codes.</summary>
    public List<string> Countries { get; init; } = [];

    public List<SeedKeyFigure> Figures { get; init; } = [];

    public List<SeedMilestone> Milestones { get; init; } = [];

    public List<SeedLink> Links { get; init; } = [];

    public List<SeedImage> Images { get; init; } = [];

    public required Dictionary<string, SeedInitiativeText> Text { get; init; }
}

public sealed class SeedInitiativeOrganisation
{
    public required string Organisation { get; init; }

    public required InitiativeRole Role { get; init; }
}

public sealed class SeedInitiativeText : SeedText
{
    public required string Name { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    /// <summary>The heading of the source section, in this text's language.</summary>
    public string? SourceSection { get; init; }
}

public sealed class SeedKeyFigure
{
    public required decimal Value { get; init; }

    public required FigureUnit Unit { get; init; }

    public FigureApproximation Approximation { get; init; }

    public required Dictionary<string, SeedLabelText> Text { get; init; }
}

public sealed class SeedLabelText : SeedText
{
    public required string Label { get; init; }
}

public sealed class SeedMilestone
{
    public required string Date { get; init; }

    public MilestoneStatus Status { get; init; }

    public string? Country { get; init; }

    public string? Event { get; init; }

    public required Dictionary<string, SeedMilestoneText> Text { get; init; }
}

public sealed class SeedMilestoneText : SeedText
{
    public required string Title { get; init; }

    public string? Description { get; init; }
}

public sealed class SeedLink
{
    public required string Url { get; init; }

    public required Dictionary<string, SeedLinkText> Text { get; init; }
}

public sealed class SeedLinkText : SeedText
{
    public required string Title { get; init; }
}

public sealed class SeedImage
{
    public required Dictionary<string, SeedImageText> Text { get; init; }
}

public sealed class SeedImageText : SeedText
{
    public required string Caption { get; init; }

    public string? AltText { get; init; }

    public string? Credit { get; init; }
}
