using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Admin.Pages.Account;

public sealed class PasswordModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit) : AdminPageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        RequireText("Input.CurrentPassword", Input.CurrentPassword, 1_000);
        RequireText("Input.NewPassword", Input.NewPassword, 1_000);
        if (ModelState.IsValid && Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", T.PasswordsDiffer);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        // The new security stamp has already ended every other session; this one ends too, so the new password is proven at once.
        await audit.RecordAsync(AuditAction.PasswordChanged, user);
        await signIn.SignOutAsync();
        return RedirectToPage("/SignIn", new { area = AdminPages.Area, changed = "true" });
    }

    public sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
