using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Accounts;

/// <summary>Identity's messages in the editor's language (the request's UI culture).</summary>
public sealed class PortalIdentityErrorDescriber : IdentityErrorDescriber
{
    private static bool Japanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";

    private static IdentityError Error(string code, string english, string japanese) =>
        new() { Code = code, Description = Japanese ? japanese : english };

    public IdentityError CommonPassword() => Error(
        CommonPasswordValidator.ErrorCode,
        "This password is too common or too close to the account's name. Choose a longer phrase of your own.",
        "このパスワードはよく使われているか、アカウント名に近すぎます。ご自身で考えた長めのフレーズにしてください。");

    public override IdentityError PasswordTooShort(int length) => Error(
        nameof(PasswordTooShort),
        $"Passwords must be at least {length} characters long.",
        $"パスワードは{length}文字以上にしてください。");

    public override IdentityError PasswordMismatch() => Error(
        nameof(PasswordMismatch),
        "The current password is not correct.",
        "現在のパスワードが正しくありません。");

    public override IdentityError DuplicateEmail(string email) => Error(
        nameof(DuplicateEmail),
        $"An account with the e-mail address {email} already exists.",
        $"メールアドレス {email} のアカウントは既に存在します。");

    public override IdentityError DuplicateUserName(string userName) => Error(
        nameof(DuplicateUserName),
        $"An account with the e-mail address {userName} already exists.",
        $"メールアドレス {userName} のアカウントは既に存在します。");

    public override IdentityError InvalidEmail(string? email) => Error(
        nameof(InvalidEmail),
        $"'{email}' is not a valid e-mail address.",
        $"「{email}」は有効なメールアドレスではありません。");

    public override IdentityError InvalidUserName(string? userName) => Error(
        nameof(InvalidUserName),
        $"'{userName}' is not a valid e-mail address.",
        $"「{userName}」は有効なメールアドレスではありません。");

    public override IdentityError ConcurrencyFailure() => Error(
        nameof(ConcurrencyFailure),
        "Someone else changed this account at the same time. Reload the page and try again.",
        "同時に他の人がこのアカウントを変更しました。ページを再読み込みしてやり直してください。");

    public override IdentityError DefaultError() => Error(
        nameof(DefaultError),
        "The account could not be saved.",
        "アカウントを保存できませんでした。");
}
