using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Pages.Shared;

public sealed record FallbackNote(bool IsFallback, string RequestedLanguage, string ShownLanguage)
{
    public static FallbackNote For<TTranslation>(LocalizedText<TTranslation> text)
        where TTranslation : Translation =>
        new(text.IsFallback, text.RequestedLanguage, text.Language);
}

/// <summary>The filter values a page left out because they name nothing, to say so in the reader's language.</summary>
public sealed record IgnoredFilters(IReadOnlyList<FilterProblem> Problems, UiText T);

public sealed record NameConfidenceNote(NameConfidence? Confidence, UiText T);

public sealed record SourceNote(SourceDocument? Document, string? Section, UiText T);

/// <summary>A record's photos; a preview of changes not yet published reads their files from the back office's address (MediaPath).</summary>
public sealed record Photos(ICollection<Image> Images, UiText T, string MediaPath = Startup.MediaEndpoints.PublicPath);

/// <summary>A cooperation area's crosswalk as badges: full names on its own page, abbreviations (names for screen readers) in lists.</summary>
public sealed record CrosswalkBadges(IEnumerable<AseanCommunity> Communities, IEnumerable<int> Goals, string Language, bool Compact = false);
