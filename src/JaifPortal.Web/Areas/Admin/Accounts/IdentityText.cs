using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Admin.Accounts;

/// <summary>ASP.NET Core Identity's messages about accounts and passwords in one language, from the "IdentityText" entries of its PO file.</summary>
public sealed class IdentityText : PortalText
{
    private IdentityText(string language)
        : base(language)
    {
    }

    public string CommonPassword() => Text();

    public string PasswordTooShort(int length) => Format([length]);

    public string PasswordMismatch() => Text();

    public string DuplicateEmail(string email) => Format([email]);

    public string DuplicateUserName(string userName) => Format([userName]);

    public string InvalidEmail(string? email) => Format([email]);

    public string InvalidUserName(string? userName) => Format([userName]);

    public string ConcurrencyFailure() => Text();

    public string DefaultError() => Text();

    public static IdentityText For(string language) => Of(language, code => new IdentityText(code));
}
