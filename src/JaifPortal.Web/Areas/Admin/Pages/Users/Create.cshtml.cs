using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace JaifPortal.Web.Areas.Admin.Pages.Users;

public sealed class CreateModel(UserManager<PortalUser> users, TimeProvider clock, AuditLog audit) : AdminPageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public string? CreatedPassword { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        RequireEmail("Input.Email", Input.Email);
        var name = RequireText("Input.DisplayName", Input.DisplayName, 200);
        var roles = Input.Roles.Intersect(PortalRoles.All).ToList();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email!.Trim();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name!, CreatedAt = clock.GetUtcNow() };
        var password = AdministratorAccounts.GeneratePassword();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError("Input.Email", error.Description);
            }

            return Page();
        }

        if (roles.Count > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        var actor = await users.GetUserAsync(User);
        await audit.RecordAsync(AuditAction.UserCreated, actor, recordType: "User", recordKey: email, details: string.Join(", ", roles));
        CreatedPassword = password;
        return Page();
    }
}

/// <summary>What an administrator may set on an account. Never the entity: no over-posting of lockout, stamps or hashes.</summary>
public sealed class UserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];
}
