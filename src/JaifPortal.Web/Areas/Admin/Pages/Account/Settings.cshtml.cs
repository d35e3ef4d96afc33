using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Admin.Pages.Account;

/// <summary>The signed-in person's own settings: the time zone the back office shows times in.</summary>
public sealed class SettingsModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users) : AdminPageModel
{
    [BindProperty]
    public string? TimeZone { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public void OnGet() => TimeZone = Zone.Id;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!EditorTimeZones.IsKnown(TimeZone))
        {
            ModelState.AddModelError(nameof(TimeZone), T.Required);
            return Page();
        }

        user.TimeZone = TimeZone!;
        await users.UpdateAsync(user);

        // The sign-in carries the zone (PortalClaimsFactory): renewed now, the next page reads the new one.
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { saved = true });
    }
}
