using System.Security.Cryptography;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Accounts;

/// <summary>Creates administrator accounts with a generated password that is shown once and stored only as a hash.</summary>
public static class AdministratorAccounts
{
    // No punctuation that could be mistaken for the end of the sentence the password is shown in.
    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string GeneratePassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 24);

    /// <returns>The generated password, or the errors that kept the account from being created.</returns>
    public static async Task<(string? Password, IEnumerable<string> Errors)> CreateAsync(
        UserManager<PortalUser> users, TimeProvider clock, string email, string displayName)
    {
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
        };
        var password = GeneratePassword();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Select(error => error.Description));
        }

        var role = await users.AddToRoleAsync(user, PortalRoles.Administrator);
        return role.Succeeded ? (password, []) : (null, role.Errors.Select(error => error.Description));
    }
}
