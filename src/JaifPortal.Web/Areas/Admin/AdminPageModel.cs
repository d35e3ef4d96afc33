using System.Globalization;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JaifPortal.Web.Areas.Admin;

/// <summary>A back-office page: speaks the editor's language (their choice, else their browser's).</summary>
public abstract class AdminPageModel : PageModel
{
    public string Lang => ContentLanguage.IsPublished(CultureInfo.CurrentUICulture.Name)
        ? CultureInfo.CurrentUICulture.Name
        : ContentLanguage.Published[0];

    public AdminText T => AdminText.For(Lang);

    /// <summary>Whether the page has the editors' bar of actions, which the layout's "Go to actions" skip link leads to.</summary>
    public virtual bool HasActionsBar => false;

    /// <summary>The time zone the signed-in editor reads times in (their account's choice, Jakarta by default).</summary>
    public EditorTimeZone Zone => EditorTimeZones.Find(User.FindFirst(EditorTimeZones.ClaimType)?.Value);

    /// <summary>Adds an error next to a field when its text is empty or too long; returns the trimmed text.</summary>
    protected string? RequireText(string key, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            ModelState.AddModelError(key, T.Required);
        }
        else if (trimmed.Length > maxLength)
        {
            ModelState.AddModelError(key, T.TooLong(maxLength));
        }

        return trimmed;
    }

    protected void RequireEmail(string key, string? value)
    {
        if (RequireText(key, value, 256) is { } email && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            ModelState.AddModelError(key, T.InvalidEmail);
        }
    }

    /// <summary>A 403 for an action the account's role does not allow, logged and audited with the policy's name.</summary>
    protected ForbidResult ForbidBy(string policy)
    {
        AccessDenials.NamePolicy(HttpContext, policy);
        return Forbid();
    }

    protected string LocalReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Page("/Index", new { area = AdminPages.Area })!;
}
