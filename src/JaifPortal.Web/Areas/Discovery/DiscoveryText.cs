using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Discovery;

/// <summary>The words of facets, exports, the licence and the source documents page, in each published language.</summary>
public sealed class DiscoveryText
{
    public required Func<int, string> OrganisationCount { get; init; }

    /// <summary>What a facet narrows, given the names of the kinds of record.</summary>
    public required Func<IEnumerable<string>, string> Narrows { get; init; }

    public required string OfTheirInitiatives { get; init; }

    public required string WhereBased { get; init; }

    public required Func<int, string> MostFrequentOrganisations { get; init; }

    /// <summary>Why some kinds of search results are missing while filters are on.</summary>
    public required Func<IEnumerable<string>, string> KindsHiddenByFilters { get; init; }

    public required string RemoveAllFilters { get; init; }

    public required string DownloadResultsCsv { get; init; }

    public required string SourceDocuments { get; init; }

    public required string SourceDocumentsIntro { get; init; }

    public required string SourceOfThisPage { get; init; }

    public required string SourcesOfThePortal { get; init; }

    public required string Publisher { get; init; }

    public required string PublishedOn { get; init; }

    public required string FileName { get; init; }

    public required string OpenDocument { get; init; }

    public required string NoSourceDocuments { get; init; }

    /// <summary>Introduces the licence's name in the footer, punctuation and spacing included (Japanese puts no space after its punctuation).</summary>
    public required string Licence { get; init; }

    public required string SentenceEnd { get; init; }

    public static DiscoveryText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public static readonly DiscoveryText English = new()
    {
        OrganisationCount = count => count == 1 ? "1 organisation" : $"{count:N0} organisations",
        Narrows = kinds => "Narrows " + JoinEnglish([.. kinds.Select(kind => kind.ToLowerInvariant())]) + ".",
        OfTheirInitiatives = "By the initiatives each organisation takes part in.",
        WhereBased = "Where the organisation is based.",
        MostFrequentOrganisations = limit => $"The {limit} organisations with the most records are offered.",
        KindsHiddenByFilters = kinds => "Not shown while these filters are on, because they do not apply to them: " + JoinEnglish([.. kinds.Select(kind => kind.ToLowerInvariant())]) + ".",
        RemoveAllFilters = "Remove all filters",
        DownloadResultsCsv = "Download the results as CSV",
        SourceDocuments = "Source documents",
        SourceDocumentsIntro = "The content of this portal is taken from these documents. The page of each record names the document it comes from.",
        SourceOfThisPage = "Source of this page:",
        SourcesOfThePortal = "The source documents of this portal",
        Publisher = "Publisher",
        PublishedOn = "Published",
        FileName = "File",
        OpenDocument = "Open the document",
        NoSourceDocuments = "No source documents are recorded yet.",
        Licence = "Licence: ",
        SentenceEnd = ". ",
    };

    public static readonly DiscoveryText Japanese = new()
    {
        OrganisationCount = count => $"組織{count:N0}件",
        Narrows = kinds => "対象：" + string.Join("・", kinds),
        OfTheirInitiatives = "各組織が参加する取組の分野で絞り込みます。",
        WhereBased = "組織の所在国で絞り込みます。",
        MostFrequentOrganisations = limit => $"件数の多い上位{limit}組織を表示しています。",
        KindsHiddenByFilters = kinds => "選択中の条件が当てはまらないため、次の結果は表示していません：" + string.Join("・", kinds),
        RemoveAllFilters = "すべての条件を外す",
        DownloadResultsCsv = "検索結果をCSVでダウンロード",
        SourceDocuments = "出典資料",
        SourceDocumentsIntro = "本ポータルの内容は、次の資料に基づいています。各記録のページには、その記録の出典資料を記載しています。",
        SourceOfThisPage = "このページの出典：",
        SourcesOfThePortal = "本ポータルの出典資料",
        Publisher = "発行者",
        PublishedOn = "発行",
        FileName = "ファイル",
        OpenDocument = "資料を開く",
        NoSourceDocuments = "出典資料はまだ登録されていません。",
        Licence = "ライセンス：",
        SentenceEnd = "。",
    };

    private static string JoinEnglish(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
