using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Admin.Pages;

/// <summary>Remembers the language the editor chose for the back office.</summary>
public sealed class LanguageModel : AdminPageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index", new { area = AdminPages.Area });

    public IActionResult OnPost(string? language, string? returnUrl)
    {
        if (ContentLanguage.IsPublished(language))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language!)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }

        return LocalRedirect(LocalReturnUrl(returnUrl));
    }
}
