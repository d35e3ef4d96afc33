using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Admin.Pages.Structure;

/// <summary>
/// The structure editor's own words in one language (the "StructureEditorText" entries of its PO file) (the framework, its pillars and their cooperation
/// areas); the words it shares with the other editors come from <see cref="AdminText"/>.
/// </summary>
public sealed class StructureEditorText : PortalText
{
    private StructureEditorText(string language)
        : base(language)
    {
    }

    public string Structure => Text();

    public string Framework => Text();

    public string EditFramework => Text();

    public string EditPillar => Text();

    public string EditArea => Text();

    /// <summary>The area editor's heading with its pillar: "Edit cooperation area (Pillar 2)", 「協力分野の編集（第2の柱）」.</summary>
    public string EditAreaOfPillar(string pillar) => Format([pillar]);

    public string StatementTitle => Text();

    public string ImplementationPlanTitle => Text();

    public string VisionText => Text();

    public string Edit => Text();

    public string Languages => Text();

    public string NoText => Text();

    public string AlwaysPublic => Text();

    public string SaveNow => Text();

    public string SlugFixed => Text();

    public string PillarNumber(int number) => Format([number]);

    public static StructureEditorText For(string language) => Of(language, code => new StructureEditorText(code));

}
