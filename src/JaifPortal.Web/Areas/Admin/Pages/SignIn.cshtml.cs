using JaifPortal.Web.Domain;
using JaifPortal.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JaifPortal.Web.Areas.Admin.Pages;

public sealed class SignInModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit) : AdminPageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "changed")]
    public bool PasswordChanged { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        RequireEmail("Input.Email", Input.Email);
        RequireText("Input.Password", Input.Password, 1_000);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email!.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, null, email, details: "unknown account");
            return Refuse(T.SignInFailed);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignInSucceeded, user);
            return LocalRedirect(LocalReturnUrl(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditAction.LockedOut, user);
            var until = await users.GetLockoutEndDateAsync(user) ?? DateTimeOffset.UtcNow;
            return Refuse(T.LockedOut(until.ToUniversalTime()));
        }

        await audit.RecordAsync(AuditAction.SignInFailed, user, details: result.IsNotAllowed ? "not allowed" : "wrong password");
        return Refuse(T.SignInFailed);
    }

    private PageResult Refuse(string message)
    {
        Message = message;
        return Page();
    }

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
