using System.Globalization;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Dashboards.Briefings;

/// <summary>The briefing packs' own words in each published language.</summary>
public sealed class BriefingText
{
    public required string BriefingPack { get; init; }

    public required Func<string, string> PackTitle { get; init; }

    public required string PrintButton { get; init; }

    public required Func<string, string> PreparedOn { get; init; }

    public required string PublishedContentOnly { get; init; }

    public required string Initiatives { get; init; }

    public required string NoInitiatives { get; init; }

    public required string UpcomingMilestones { get; init; }

    public required Func<int, string> UpcomingMilestonesPeriod { get; init; }

    public required string NoUpcomingMilestones { get; init; }

    public required string Events { get; init; }

    public required Func<int, string> EventsPeriod { get; init; }

    public required string InitiativesByPillar { get; init; }

    public required string FiguresAreWholeInitiative { get; init; }

    public required string NoEvents { get; init; }

    public required string RecordsUsed { get; init; }

    public required string RecordsUsedIntro { get; init; }

    public required string RecordColumn { get; init; }

    public required string TypeColumn { get; init; }

    public required string RevisionColumn { get; init; }

    public required string PublishedColumn { get; init; }

    public required Func<int, string> RevisionNumber { get; init; }

    public required string AsImported { get; init; }

    public required IReadOnlyDictionary<string, string> RecordTypeNames { get; init; }

    public required string OpenBriefingPack { get; init; }

    public required Func<string, string> FilteredBy { get; init; }

    public required string BriefingPacks { get; init; }

    public required string BriefingPacksLead { get; init; }

    public required string NextEvents { get; init; }

    public required string NoNextEvents { get; init; }

    public static BriefingText English { get; } = new()
    {
        BriefingPack = "Briefing pack",
        PackTitle = subject => $"Briefing pack: {subject}",
        PrintButton = "Print or save as PDF",
        PreparedOn = when => $"Prepared {when}",
        PublishedContentOnly = "Published content only: everything in this pack may be shared outside the Mission.",
        Initiatives = "Initiatives",
        NoInitiatives = "No published initiative.",
        UpcomingMilestones = "Upcoming milestones",
        UpcomingMilestonesPeriod = months => $"Milestones from today to the next {months} months.",
        NoUpcomingMilestones = "No milestone is planned in this period.",
        Events = "Events",
        EventsPeriod = months => $"Events held in the country in the last {months} months and planned for the next {months}.",
        InitiativesByPillar = "Initiatives by pillar",
        FiguresAreWholeInitiative = "An initiative serving several pillars is counted under each. Key figures below are those of the whole initiative, not of this country alone.",
        NoEvents = "No published event.",
        RecordsUsed = "Records used",
        RecordsUsedIntro = "This pack was assembled from the published version of the following records.",
        RecordColumn = "Record",
        TypeColumn = "Type",
        RevisionColumn = "Revision",
        PublishedColumn = "Published",
        RevisionNumber = number => $"Revision {number.ToString(CultureInfo.InvariantCulture)}",
        AsImported = "As imported from the source documents",
        RecordTypeNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Initiative"] = "Initiative",
            ["Event"] = "Event",
            ["Pillar"] = "Pillar",
            ["CooperationArea"] = "Cooperation area",
        },
        OpenBriefingPack = "Briefing pack (print)",
        FilteredBy = filter => $"Limited to: {filter}",
        BriefingPacks = "Briefing packs",
        BriefingPacksLead = "Print-ready packs (A4) of published content, per pillar, country or event. A pillar's pack follows the filter of its dashboard; every event's pack is also linked from its editing page.",
        NextEvents = "Next events",
        NoNextEvents = "No published event is coming up.",
    };

    public static BriefingText Japanese { get; } = new()
    {
        BriefingPack = "ブリーフィング資料",
        PackTitle = subject => $"ブリーフィング資料：{subject}",
        PrintButton = "印刷またはPDFとして保存",
        PreparedOn = when => $"作成日時：{when}",
        PublishedContentOnly = "公開済みの内容のみを収録しています。本資料は代表部の外で共有できます。",
        Initiatives = "取組",
        NoInitiatives = "公開済みの取組はありません。",
        UpcomingMilestones = "今後のマイルストーン",
        UpcomingMilestonesPeriod = months => $"本日から{months.ToString(CultureInfo.InvariantCulture)}か月先までのマイルストーン。",
        NoUpcomingMilestones = "この期間に予定されているマイルストーンはありません。",
        Events = "イベント",
        EventsPeriod = months => $"過去{months.ToString(CultureInfo.InvariantCulture)}か月に当該国で開催された、および今後{months.ToString(CultureInfo.InvariantCulture)}か月に予定されているイベント。",
        InitiativesByPillar = "柱別の取組数",
        FiguresAreWholeInitiative = "複数の柱にまたがる取組は、それぞれの柱で数えています。以下の主要な数値は取組全体のもので、当該国のみの数値ではありません。",
        NoEvents = "公開済みのイベントはありません。",
        RecordsUsed = "使用した記録",
        RecordsUsedIntro = "本資料は、以下の記録の公開版をもとに作成しました。",
        RecordColumn = "記録",
        TypeColumn = "種類",
        RevisionColumn = "版",
        PublishedColumn = "公開日時",
        RevisionNumber = number => $"第{number.ToString(CultureInfo.InvariantCulture)}版",
        AsImported = "出典資料から取り込んだまま",
        RecordTypeNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Initiative"] = "取組",
            ["Event"] = "イベント",
            ["Pillar"] = "柱",
            ["CooperationArea"] = "協力分野",
        },
        OpenBriefingPack = "ブリーフィング資料（印刷用）",
        FilteredBy = filter => $"絞り込み：{filter}",
        BriefingPacks = "ブリーフィング資料",
        BriefingPacksLead = "公開済みの内容をまとめた印刷用資料（A4）を、柱・国・イベントごとに作成できます。柱の資料はダッシュボードの絞り込みに従います。各イベントの資料は編集画面からも開けます。",
        NextEvents = "今後のイベント",
        NoNextEvents = "今後予定されている公開済みのイベントはありません。",
    };

    public static BriefingText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;
}
