using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Admin.Pages.Crosswalk;

/// <summary>
/// The crosswalk editor's own words in one language (the "CrosswalkEditorText" entries of its PO file); the words it shares with the other editors come
/// from <see cref="AdminText"/>.
/// </summary>
public sealed class CrosswalkEditorText : PortalText
{
    private CrosswalkEditorText(string language)
        : base(language)
    {
    }

    public string Crosswalk => Text();

    public string EditorialJudgement => Text();

    public string AdministratorsOnly => Text();

    public string Area => Text();

    public string AseanCommunities => Text();

    public string Goals => Text();

    public string NoneChosen => Text();

    public string Edit => Text();

    public string EditCrosswalk => Text();

    public string SaveNow => Text();

    public string AreaNotFound => Text();

    public string UnknownCommunity(string code) => Format([code]);

    public string UnknownGoal(int number) => Format([number]);

    public string PillarNumber(int number) => Format([number]);

    public static CrosswalkEditorText For(string language) => Of(language, code => new CrosswalkEditorText(code));

}
