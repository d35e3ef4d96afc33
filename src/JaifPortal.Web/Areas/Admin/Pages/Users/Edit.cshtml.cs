using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JaifPortal.Web.Areas.Admin.Pages.Users;

public sealed class EditModel(UserManager<PortalUser> users, TimeProvider clock, AuditLog audit) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public string Email { get; private set; } = string.Empty;

    public bool IsLocked { get; private set; }

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await FindAsync();
        if (user is null)
        {
            return NotFound();
        }

        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        var user = await FindAsync();
        if (user is null)
        {
            return Gone();
        }

        var name = RequireText("Input.DisplayName", Input.DisplayName, 200);
        var wanted = Input.Roles.Intersect(PortalRoles.All).ToList();
        if (IsSelf(user) && !wanted.Contains(PortalRoles.Administrator))
        {
            Problem = T.CannotRemoveOwnAdministrator;
            return await ShowKeepingInputAsync(user);
        }

        if (!ModelState.IsValid)
        {
            return await ShowKeepingInputAsync(user);
        }

        user.DisplayName = name!;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            Problem = string.Join(" ", updated.Errors.Select(error => error.Description));
            return await ShowKeepingInputAsync(user);
        }

        var current = await users.GetRolesAsync(user);
        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            await users.RemoveFromRolesAsync(user, removed);
            await users.AddToRolesAsync(user, added);

            // Role changes take effect on the account's next request, not at its next sign-in.
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AuditAction.RolesChanged, await users.GetUserAsync(User), recordType: "User", recordKey: user.Email,
                details: $"added: {string.Join(", ", added)}; removed: {string.Join(", ", removed)}");
        }

        Notice = T.Saved;
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync()
    {
        var user = await FindAsync();
        if (user is null)
        {
            return Gone();
        }

        var password = AdministratorAccounts.GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            Problem = string.Join(" ", reset.Errors.Select(error => error.Description));
        }
        else
        {
            await audit.RecordAsync(AuditAction.PasswordReset, await users.GetUserAsync(User), recordType: "User", recordKey: user.Email);
            Notice = T.OneTimePassword(password);
        }

        await ShowAsync(user);
        return Page();
    }

    public Task<IActionResult> OnPostLockAsync() => SetLockAsync(locked: true);

    public Task<IActionResult> OnPostUnlockAsync() => SetLockAsync(locked: false);

    private async Task<IActionResult> SetLockAsync(bool locked)
    {
        var user = await FindAsync();
        if (user is null)
        {
            return Gone();
        }

        if (locked && IsSelf(user))
        {
            Problem = T.CannotRemoveOwnAdministrator;
        }
        else
        {
            await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
            if (!locked)
            {
                await users.ResetAccessFailedCountAsync(user);
            }

            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(locked ? AuditAction.AccountLocked : AuditAction.AccountUnlocked, await users.GetUserAsync(User), recordType: "User", recordKey: user.Email);
            Notice = T.Saved;
        }

        await ShowAsync(user);
        return Page();
    }

    private async Task<PortalUser?> FindAsync() => string.IsNullOrEmpty(Id) ? null : await users.FindByIdAsync(Id);

    private bool IsSelf(PortalUser user) => users.GetUserId(User) == user.Id;

    /// <summary>A 404 page would hide what happened: the account was removed while the form was open.</summary>
    private PageResult Gone()
    {
        Problem = T.UserNotFound;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task ShowAsync(PortalUser user)
    {
        Input = new UserInput { DisplayName = user.DisplayName, Roles = [.. await users.GetRolesAsync(user)] };
        await ShowStatusAsync(user);
    }

    private async Task<IActionResult> ShowKeepingInputAsync(PortalUser user)
    {
        await ShowStatusAsync(user);
        return Page();
    }

    private async Task ShowStatusAsync(PortalUser user)
    {
        Email = user.Email ?? string.Empty;
        IsLocked = await users.GetLockoutEndDateAsync(user) is { } end && end > clock.GetUtcNow();
    }
}
