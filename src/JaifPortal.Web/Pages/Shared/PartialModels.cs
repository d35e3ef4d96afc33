using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Pages.Shared;

public sealed record FallbackNote(bool IsFallback, string RequestedLanguage, string ShownLanguage)
{
    public static FallbackNote For<TTranslation>(LocalizedText<TTranslation> text)
        where TTranslation : Translation =>
        new(text.IsFallback, text.RequestedLanguage, text.Language);
}

public sealed record NameConfidenceNote(NameConfidence? Confidence, UiText T);

public sealed record SourceNote(SourceDocument? Document, string? Section, UiText T);

public sealed record Photos(ICollection<Image> Images, UiText T);

/// <summary>A cooperation area's crosswalk as badges: full names on its own page, abbreviations (names for screen readers) in lists.</summary>
public sealed record CrosswalkBadges(IEnumerable<AseanCommunity> Communities, IEnumerable<int> Goals, string Language, bool Compact = false);
