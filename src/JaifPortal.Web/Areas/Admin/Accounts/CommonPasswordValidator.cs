using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Accounts;

/// <summary>
/// Refuses passwords found in lists of breached and common passwords, as OWASP and NIST SP 800-63B
/// advise in place of composition rules. The list holds the 12-character-or-longer entries of the
/// OWASP SecLists top one million (CC BY-SA 3.0), lower-cased; shorter ones fail the length rule anyway.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        var isCommon = password is not null && IsCommon(password);
        var isAboutTheUser = password is not null && IsDerivedFromAccount(user, password);
        return Task.FromResult(isCommon || isAboutTheUser
            ? IdentityResult.Failed(((PortalIdentityErrorDescriber)manager.ErrorDescriber).CommonPassword())
            : IdentityResult.Success);
    }

    private static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.ToLowerInvariant());

    private static bool IsDerivedFromAccount(PortalUser user, string password)
    {
        var localPart = user.Email?.Split('@')[0];
        return (localPart is { Length: >= 4 } && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
            || password.Contains("jaifportal", StringComparison.OrdinalIgnoreCase);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("JaifPortal.Web.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            passwords.Add(line);
        }

        return passwords;
    }
}
