using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Admin.Pages.Site;

/// <summary>
/// The words of the administrators' editors of the countries and the site's own pages (the "SiteEditorText" entries
/// of the PO files); the words they share with the other editors come from <see cref="AdminText"/>.
/// </summary>
public sealed class SiteEditorText : PortalText
{
    private SiteEditorText(string language)
        : base(language)
    {
    }

    public string CountriesAndPages => Text();

    public string AdministratorsOnly => Text();

    public string SitePages => Text();

    public string Countries => Text();

    public string EditSitePage => Text();

    public string EditCountry(string country) => Format([country]);

    public string Title => Text();

    public string Body => Text();

    public string Membership => Text();

    public string MemberSince => Text();

    public string MemberSinceHint => Text();

    public string MembershipSource => Text();

    public string NotADate => Text();

    public string DateOnlyForMembers => Text();

    public string IsoCode => Text();

    public static SiteEditorText For(string language) => Of(language, code => new SiteEditorText(code));
}
