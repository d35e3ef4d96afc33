using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Accounts;

/// <summary>Identity's messages in the editor's language (the request's UI culture), from <see cref="IdentityText"/>.</summary>
public sealed class PortalIdentityErrorDescriber : IdentityErrorDescriber
{
    private static IdentityText Text => IdentityText.For(CultureInfo.CurrentUICulture.Name);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };

    public IdentityError CommonPassword() => Error(CommonPasswordValidator.ErrorCode, Text.CommonPassword());

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), Text.PasswordTooShort(length));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), Text.PasswordMismatch());

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), Text.DuplicateEmail(email));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), Text.DuplicateUserName(userName));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), Text.InvalidEmail(email));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), Text.InvalidUserName(userName));

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), Text.ConcurrencyFailure());

    public override IdentityError DefaultError() => Error(nameof(DefaultError), Text.DefaultError());
}
