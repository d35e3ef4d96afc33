using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The public words of the crosswalk (the badges on area and pillar pages, the ASEAN lens) in each
/// language. The names of ASEAN's pillars and of the goals are in <see cref="CrosswalkNames"/>.
/// Every property is required so no label is missing.
/// </summary>
public sealed class CrosswalkText
{
    public required string AseanCommunities { get; init; }

    public required string Goals { get; init; }

    public required string MappingByJmt { get; init; }

    public required string ThroughAseansLens { get; init; }

    public required string PillarLensIntro { get; init; }

    public required string LensTitle { get; init; }

    public required string LensIntro { get; init; }

    public required string LensCounting { get; init; }

    public required string Area { get; init; }

    public required string AllMappedAreas { get; init; }

    public required string NoAreaMapped { get; init; }

    public required string ChartCaption { get; init; }

    public required Func<string, string> ChartTitle { get; init; }

    public required Func<string, string> ChartDescription { get; init; }

    public required Func<int, string> PillarNumber { get; init; }

    public static CrosswalkText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public static readonly CrosswalkText English = new()
    {
        AseanCommunities = "ASEAN community pillars",
        Goals = "Sustainable Development Goals",
        MappingByJmt = "Mapping by JMT: the link to ASEAN's community pillars and to the SDGs is the JAIF Management Team's own editorial judgement, not a statement of the source documents, and may be revised.",
        ThroughAseansLens = "Through ASEAN's lens",
        PillarLensIntro = "Published initiatives of this pillar's areas, by the ASEAN community pillar and the Sustainable Development Goal their areas are mapped to. An initiative in several areas counts once under each heading.",
        LensTitle = "JAIF's work through ASEAN's lens",
        LensIntro = "The same initiatives, milestones and events as the rest of the portal, arranged by ASEAN's three community pillars and by the Sustainable Development Goals instead of by the pillars of the Implementation Plan.",
        LensCounting = "Figures count published records only. A total counts each initiative, milestone or event once, even when it belongs to several mapped areas; milestones are those of the counted initiatives, events those tagged with a mapped area.",
        Area = "Cooperation area",
        AllMappedAreas = "All mapped areas (each record once)",
        NoAreaMapped = "No cooperation area is mapped to this yet.",
        ChartCaption = "Published initiatives; the table below gives every figure.",
        ChartTitle = heading => $"Published initiatives by {heading}",
        ChartDescription = values => $"Bar chart. {values}.",
        PillarNumber = number => $"Pillar {number}",
    };

    public static readonly CrosswalkText Japanese = new()
    {
        AseanCommunities = "ASEAN共同体の柱",
        Goals = "持続可能な開発目標（SDGs）",
        MappingByJmt = "JMTによる対応付け：ASEAN共同体の柱およびSDGsとの対応は、出典資料の記載ではなく、JAIF管理チーム（JMT）独自の編集上の判断によるもので、今後見直すことがあります。",
        ThroughAseansLens = "ASEANの視点から",
        PillarLensIntro = "この柱の協力分野の公開済みの取組を、分野が対応するASEAN共同体の柱と持続可能な開発目標ごとに数えたものです。複数の分野にまたがる取組は、それぞれの見出しで1件と数えます。",
        LensTitle = "ASEANの視点から見たJAIFの取組",
        LensIntro = "ポータルのほかのページと同じ取組・主な動き・イベントを、実施計画の柱ではなく、ASEAN共同体の3つの柱と持続可能な開発目標ごとに整理しています。",
        LensCounting = "数は公開済みの記録だけを数えています。合計では、複数の対応分野に属する取組・主な動き・イベントも1件と数えます。主な動きは数えた取組のもの、イベントは対応分野が付いたものです。",
        Area = "協力分野",
        AllMappedAreas = "対応する全分野（重複なし）",
        NoAreaMapped = "まだ対応付けられた協力分野はありません。",
        ChartCaption = "公開済みの取組の件数。すべての数値は下の表にあります。",
        ChartTitle = heading => $"{heading}別の公開済みの取組",
        ChartDescription = values => $"棒グラフ。{values}。",
        PillarNumber = number => $"第{number}の柱",
    };
}
