using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Areas.Admin.Pages.Structure;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Pages.Site;

/// <summary>
/// An editor of what only administrators change (a country, a site page): saved under their policy, as the folder is
/// read, and listed on the Site index. Otherwise it is a structure editor: live on save, with a revision.
/// </summary>
public abstract class SiteEditorPageModel<TRecord, TTranslation, TText, TForm>(
    PortalDbContext db, RevisionLog revisions, UserManager<PortalUser> users, IAuthorizationService authorization, TimeProvider clock)
    : StructureEditorPageModel<TRecord, TTranslation, TText, TForm>(db, revisions, users, authorization, clock)
    where TRecord : class, ITranslated<TTranslation>
    where TTranslation : Translation
    where TText : LanguageText, new()
    where TForm : StructureForm<TText>, new()
{
    public SiteEditorText SiteEditorText => SiteEditorText.For(Lang);

    protected override string EditPolicy => PortalPolicies.ManageUsers;

    protected override (string Page, string Title) IndexPage => ("/Site/Index", SiteEditorText.CountriesAndPages);
}
