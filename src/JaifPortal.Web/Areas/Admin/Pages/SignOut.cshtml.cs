using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Admin.Pages;

public sealed class SignOutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit) : AdminPageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            // A new security stamp makes any copy of the session cookie worthless, not only this browser's.
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AuditAction.SignedOut, user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/SignIn", new { area = AdminPages.Area });
    }
}
