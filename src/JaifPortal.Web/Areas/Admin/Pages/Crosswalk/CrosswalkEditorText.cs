using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin.Pages.Crosswalk;

/// <summary>
/// The crosswalk editor's own words in each language; the words it shares with the other editors come
/// from <see cref="AdminText"/>. Every property is required so no label is missing.
/// </summary>
public sealed class CrosswalkEditorText
{
    public required string Crosswalk { get; init; }

    public required string EditorialJudgement { get; init; }

    public required string AdministratorsOnly { get; init; }

    public required string Area { get; init; }

    public required string AseanCommunities { get; init; }

    public required string Goals { get; init; }

    public required string NoneChosen { get; init; }

    public required string Edit { get; init; }

    public required string EditCrosswalk { get; init; }

    public required string SaveNow { get; init; }

    public required string AreaNotFound { get; init; }

    public required Func<string, string> UnknownCommunity { get; init; }

    public required Func<int, string> UnknownGoal { get; init; }

    public required Func<int, string> PillarNumber { get; init; }

    public static CrosswalkEditorText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public static readonly CrosswalkEditorText English = new()
    {
        Crosswalk = "ASEAN and SDG crosswalk",
        EditorialJudgement = "The crosswalk maps each cooperation area to ASEAN's community pillars and to the Sustainable Development Goals. It is JMT's own editorial judgement, not a statement of the source documents, and the public pages say so.",
        AdministratorsOnly = "Only administrators change the crosswalk. A save goes live at once, is kept as a revision and is written to the audit log.",
        Area = "Cooperation area",
        AseanCommunities = "ASEAN community pillars",
        Goals = "Sustainable Development Goals",
        NoneChosen = "none",
        Edit = "Edit",
        EditCrosswalk = "Edit the crosswalk",
        SaveNow = "Save (goes live at once)",
        AreaNotFound = "This cooperation area does not exist.",
        UnknownCommunity = code => $"\"{code}\" is not one of ASEAN's community pillars (APSC, AEC, ASCC). Reload the page and choose again.",
        UnknownGoal = number => $"{number} is not a Sustainable Development Goal: the goals are numbered 1 to 17. Reload the page and choose again.",
        PillarNumber = number => $"Pillar {number}",
    };

    public static readonly CrosswalkEditorText Japanese = new()
    {
        Crosswalk = "ASEAN・SDGs対応表",
        EditorialJudgement = "対応表は、各協力分野をASEAN共同体の3つの柱と持続可能な開発目標（SDGs）に対応付けるものです。出典資料の記載ではなくJMT独自の編集上の判断であり、公開ページにもその旨を表示しています。",
        AdministratorsOnly = "対応表を変更できるのは管理者だけです。保存するとすぐに公開され、改訂履歴と監査ログに記録されます。",
        Area = "協力分野",
        AseanCommunities = "ASEAN共同体の柱",
        Goals = "持続可能な開発目標（SDGs）",
        NoneChosen = "なし",
        Edit = "編集",
        EditCrosswalk = "対応表の編集",
        SaveNow = "保存（すぐに公開）",
        AreaNotFound = "この協力分野は存在しません。",
        UnknownCommunity = code => $"「{code}」はASEAN共同体の柱（APSC、AEC、ASCC）ではありません。ページを再読み込みして選び直してください。",
        UnknownGoal = number => $"{number}は持続可能な開発目標の番号ではありません（目標は1から17まで）。ページを再読み込みして選び直してください。",
        PillarNumber = number => $"第{number}の柱",
    };
}
