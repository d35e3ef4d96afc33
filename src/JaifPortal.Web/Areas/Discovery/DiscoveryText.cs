using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Discovery;

/// <summary>The words of facets, exports, the licence and the source documents page in one language, from the "DiscoveryText" entries of its PO file.</summary>
public sealed class DiscoveryText : PortalText
{
    private DiscoveryText(string language)
        : base(language)
    {
    }

    public string OrganisationCount(int count) => Plural(count);

    /// <summary>What a facet narrows, given the names of the kinds of record.</summary>
    public string Narrows(IEnumerable<string> kinds) => Format([ListInSentence(kinds)]);

    public string OfTheirInitiatives => Text();

    public string WhereBased => Text();

    public string MostFrequentOrganisations(int limit) => Format([limit]);

    /// <summary>Why some kinds of search results are missing while filters are on.</summary>
    public string KindsHiddenByFilters(IEnumerable<string> kinds) => Format([ListInSentence(kinds)]);

    public string RemoveAllFilters => Text();

    public string DownloadResultsCsv => Text();

    public string SourceDocuments => Text();

    public string SourceDocumentsIntro => Text();

    public string SourceOfThisPage => Text();

    public string SourcesOfThePortal => Text();

    public string Publisher => Text();

    public string PublishedOn => Text();

    public string FileName => Text();

    public string OpenDocument => Text();

    public string NoSourceDocuments => Text();

    /// <summary>Introduces the licence's name in the footer, punctuation and spacing included (Japanese puts no space after its punctuation).</summary>
    public string Licence => Text();

    public string SentenceEnd => Text();

    public static DiscoveryText For(string language) => Of(language, code => new DiscoveryText(code));
}
