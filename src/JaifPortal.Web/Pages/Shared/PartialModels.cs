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

/// <summary>A record's source document cited in the reader's language, with the section (in <paramref name="SectionLanguage"/>) it comes from.</summary>
public sealed record SourceNote(SourceDocument? Document, UiText T, string? Section = null, string? SectionLanguage = null);

/// <summary>A record's photos; a preview of changes not yet published reads their files from the back office's address (MediaPath).</summary>
public sealed record Photos(ICollection<Image> Images, UiText T, string MediaPath = Startup.MediaEndpoints.PublicPath)
{
    /// <summary>
    /// The back office's preview (the only reader of files at another address) also shows the captions whose file
    /// has not been added yet, as placeholders: the public never sees a placeholder.
    /// </summary>
    public bool ForEditors => MediaPath != Startup.MediaEndpoints.PublicPath;
}

/// <summary>A cooperation area's crosswalk as badges: full names on its own page, abbreviations (names for screen readers) in lists.</summary>
public sealed record CrosswalkBadges(IEnumerable<AseanCommunity> Communities, IEnumerable<int> Goals, string Language, bool Compact = false);
