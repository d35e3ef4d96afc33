using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin.Pages.Structure;

/// <summary>
/// The structure editor's own words in each language (the framework, its pillars and their cooperation
/// areas); the words it shares with the other editors come from <see cref="AdminText"/>. Every property
/// is required so no label is missing.
/// </summary>
public sealed class StructureEditorText
{
    public required string Structure { get; init; }

    public required string Framework { get; init; }

    public required string EditFramework { get; init; }

    public required string EditPillar { get; init; }

    public required string EditArea { get; init; }

    public required string StatementTitle { get; init; }

    public required string ImplementationPlanTitle { get; init; }

    public required string VisionText { get; init; }

    public required string Edit { get; init; }

    public required string Languages { get; init; }

    public required string NoText { get; init; }

    public required string AlwaysPublic { get; init; }

    public required string SaveNow { get; init; }

    public required string SlugFixed { get; init; }

    public required Func<int, string> PillarNumber { get; init; }

    public static StructureEditorText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public static readonly StructureEditorText English = new()
    {
        Structure = "Framework, pillars and areas",
        Framework = "Partnership framework",
        EditFramework = "Edit the partnership framework",
        EditPillar = "Edit pillar",
        EditArea = "Edit cooperation area",
        StatementTitle = "Title of the Joint Vision Statement",
        ImplementationPlanTitle = "Title of the Implementation Plan",
        VisionText = "Vision (as the statement words it)",
        Edit = "Edit",
        Languages = "Languages",
        NoText = "no text",
        AlwaysPublic = "These records are always public: a save goes live at once and is kept as a revision.",
        SaveNow = "Save (goes live at once)",
        SlugFixed = "The address of this record does not change.",
        PillarNumber = number => $"Pillar {number}",
    };

    public static readonly StructureEditorText Japanese = new()
    {
        Structure = "枠組み・柱・協力分野",
        Framework = "パートナーシップの枠組み",
        EditFramework = "パートナーシップの枠組みの編集",
        EditPillar = "柱の編集",
        EditArea = "協力分野の編集",
        StatementTitle = "共同ビジョン・ステートメントの題名",
        ImplementationPlanTitle = "実施計画の題名",
        VisionText = "ビジョン（ステートメントの文言）",
        Edit = "編集",
        Languages = "言語",
        NoText = "未入力",
        AlwaysPublic = "これらの項目は常に公開されています。保存するとすぐに公開され、改訂履歴に記録されます。",
        SaveNow = "保存（すぐに公開）",
        SlugFixed = "この項目のアドレスは変更できません。",
        PillarNumber = number => $"第{number}の柱",
    };
}
