using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin;

/// <summary>The back office's words in each language; every property is required so no label is missing.</summary>
public sealed class AdminText
{
    public required string Language { get; init; }

    public required string BackOffice { get; init; }

    public required string SkipToContent { get; init; }

    public required string Dashboard { get; init; }

    public required string Users { get; init; }

    public required string AuditLog { get; init; }

    public required string ChangePassword { get; init; }

    public required string SignIn { get; init; }

    public required string SignOut { get; init; }

    public required string SignedInAs { get; init; }

    public required string PublicSite { get; init; }

    public required string Email { get; init; }

    public required string Password { get; init; }

    public required string CurrentPassword { get; init; }

    public required string NewPassword { get; init; }

    public required string ConfirmPassword { get; init; }

    public required string DisplayName { get; init; }

    public required string Roles { get; init; }

    public required string Save { get; init; }

    public required string Create { get; init; }

    public required string Filter { get; init; }

    public required string Required { get; init; }

    public required Func<int, string> TooLong { get; init; }

    public required string InvalidEmail { get; init; }

    public required string PasswordsDiffer { get; init; }

    public required string SignInFailed { get; init; }

    public required Func<DateTimeOffset, string> LockedOut { get; init; }

    public required string AccessDeniedTitle { get; init; }

    public required string AccessDeniedMessage { get; init; }

    public required string PasswordChangedSignInAgain { get; init; }

    public required Func<int, string> PasswordRules { get; init; }

    public required string NewUser { get; init; }

    public required string EditUser { get; init; }

    public required string ResetPassword { get; init; }

    public required Func<string, string> OneTimePassword { get; init; }

    public required string Lock { get; init; }

    public required string Unlock { get; init; }

    public required string LockedUntil { get; init; }

    public required string Active { get; init; }

    public required string Saved { get; init; }

    public required string UserNotFound { get; init; }

    public required string CannotRemoveOwnAdministrator { get; init; }

    public required string When { get; init; }

    public required string What { get; init; }

    public required string Who { get; init; }

    public required string Record { get; init; }

    public required string Details { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string NothingFound { get; init; }

    public required string Previous { get; init; }

    public required string Next { get; init; }

    public required string YourRoles { get; init; }

    public required string Welcome { get; init; }

    public required IReadOnlyDictionary<string, string> RoleDescriptions { get; init; }

    public required IReadOnlyDictionary<AuditAction, string> AuditActions { get; init; }

    public static AdminText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public static readonly AdminText English = new()
    {
        Language = ContentLanguage.English,
        BackOffice = "JAIF Portal back office",
        SkipToContent = "Skip to content",
        Dashboard = "Dashboard",
        Users = "Users",
        AuditLog = "Audit log",
        ChangePassword = "Change password",
        SignIn = "Sign in",
        SignOut = "Sign out",
        SignedInAs = "Signed in as",
        PublicSite = "Public site",
        Email = "E-mail address",
        Password = "Password",
        CurrentPassword = "Current password",
        NewPassword = "New password",
        ConfirmPassword = "New password again",
        DisplayName = "Name",
        Roles = "Roles",
        Save = "Save",
        Create = "Create",
        Filter = "Filter",
        Required = "Please fill in this field.",
        TooLong = max => $"Please use at most {max} characters.",
        InvalidEmail = "Please enter an e-mail address such as name@example.org.",
        PasswordsDiffer = "The two new passwords differ.",
        SignInFailed = "The e-mail address or password is not correct.",
        LockedOut = until => $"This account is locked after too many failed attempts. Try again after {until:HH:mm} UTC, or ask an administrator.",
        AccessDeniedTitle = "Not allowed",
        AccessDeniedMessage = "Your account does not have a role that allows this page. Ask an administrator if you need it.",
        PasswordChangedSignInAgain = "Your password was changed and all your sessions were ended. Please sign in with the new password.",
        PasswordRules = length => $"At least {length} characters. A phrase of several words works well; common passwords are refused.",
        NewUser = "New user",
        EditUser = "Edit user",
        ResetPassword = "Reset password",
        OneTimePassword = password => $"New password, shown only now: {password}. Give it to the person securely; they should change it after signing in.",
        Lock = "Lock account",
        Unlock = "Unlock account",
        LockedUntil = "Locked until",
        Active = "Active",
        Saved = "Saved.",
        UserNotFound = "This account no longer exists.",
        CannotRemoveOwnAdministrator = "You cannot remove your own Administrator role or lock your own account.",
        When = "When",
        What = "What",
        Who = "Who",
        Record = "Record",
        Details = "Details",
        From = "From",
        To = "To",
        NothingFound = "Nothing found.",
        Previous = "Previous",
        Next = "Next",
        YourRoles = "Your roles",
        Welcome = "Welcome",
        RoleDescriptions = new Dictionary<string, string>
        {
            [PortalRoles.Administrator] = "Administrator: users, roles and everything else",
            [PortalRoles.Editor] = "Editor: writes and edits content",
            [PortalRoles.Reviewer] = "Reviewer: approves publication",
            [PortalRoles.Official] = "Official: reads dashboards and internal fields, edits nothing",
        },
        AuditActions = new Dictionary<AuditAction, string>
        {
            [AuditAction.SignInSucceeded] = "Signed in",
            [AuditAction.SignInFailed] = "Failed sign-in",
            [AuditAction.LockedOut] = "Locked out",
            [AuditAction.SignedOut] = "Signed out",
            [AuditAction.PasswordChanged] = "Changed password",
            [AuditAction.PasswordReset] = "Password reset",
            [AuditAction.UserCreated] = "User created",
            [AuditAction.RolesChanged] = "Roles changed",
            [AuditAction.Published] = "Published",
            [AuditAction.Restored] = "Restored",
            [AuditAction.Deleted] = "Deleted",
            [AuditAction.Archived] = "Archived",
            [AuditAction.AccountLocked] = "Account locked",
            [AuditAction.AccountUnlocked] = "Account unlocked",
        },
    };

    public static readonly AdminText Japanese = new()
    {
        Language = ContentLanguage.Japanese,
        BackOffice = "JAIFポータル管理画面",
        SkipToContent = "本文へ移動",
        Dashboard = "ダッシュボード",
        Users = "ユーザー",
        AuditLog = "監査ログ",
        ChangePassword = "パスワード変更",
        SignIn = "サインイン",
        SignOut = "サインアウト",
        SignedInAs = "サインイン中",
        PublicSite = "公開サイト",
        Email = "メールアドレス",
        Password = "パスワード",
        CurrentPassword = "現在のパスワード",
        NewPassword = "新しいパスワード",
        ConfirmPassword = "新しいパスワード（確認）",
        DisplayName = "氏名",
        Roles = "役割",
        Save = "保存",
        Create = "作成",
        Filter = "絞り込み",
        Required = "この項目を入力してください。",
        TooLong = max => $"{max}文字以内で入力してください。",
        InvalidEmail = "name@example.org のような形式のメールアドレスを入力してください。",
        PasswordsDiffer = "新しいパスワードが一致しません。",
        SignInFailed = "メールアドレスまたはパスワードが正しくありません。",
        LockedOut = until => $"失敗が続いたため、このアカウントはロックされています。{until:HH:mm}（UTC）以降に再度お試しいただくか、管理者にご連絡ください。",
        AccessDeniedTitle = "アクセスできません",
        AccessDeniedMessage = "このページを利用できる役割がアカウントに付与されていません。必要な場合は管理者にご連絡ください。",
        PasswordChangedSignInAgain = "パスワードを変更し、すべてのセッションを終了しました。新しいパスワードでサインインしてください。",
        PasswordRules = length => $"{length}文字以上。複数の単語からなるフレーズがおすすめです。よく使われるパスワードは使用できません。",
        NewUser = "新規ユーザー",
        EditUser = "ユーザーの編集",
        ResetPassword = "パスワードの再設定",
        OneTimePassword = password => $"新しいパスワード（この画面でのみ表示）：{password}　安全な方法で本人に伝え、サインイン後に変更してもらってください。",
        Lock = "アカウントをロック",
        Unlock = "ロックを解除",
        LockedUntil = "ロック期限",
        Active = "有効",
        Saved = "保存しました。",
        UserNotFound = "このアカウントは既に存在しません。",
        CannotRemoveOwnAdministrator = "自分自身の管理者の役割を外したり、自分のアカウントをロックしたりすることはできません。",
        When = "日時",
        What = "操作",
        Who = "実行者",
        Record = "対象",
        Details = "詳細",
        From = "開始日",
        To = "終了日",
        NothingFound = "該当する項目はありません。",
        Previous = "前へ",
        Next = "次へ",
        YourRoles = "あなたの役割",
        Welcome = "ようこそ",
        RoleDescriptions = new Dictionary<string, string>
        {
            [PortalRoles.Administrator] = "管理者：ユーザー、役割、その他すべて",
            [PortalRoles.Editor] = "編集者：コンテンツの作成・編集",
            [PortalRoles.Reviewer] = "承認者：公開の承認",
            [PortalRoles.Official] = "閲覧者（日本政府代表部）：ダッシュボードと内部項目の閲覧のみ",
        },
        AuditActions = new Dictionary<AuditAction, string>
        {
            [AuditAction.SignInSucceeded] = "サインイン",
            [AuditAction.SignInFailed] = "サインイン失敗",
            [AuditAction.LockedOut] = "ロックアウト",
            [AuditAction.SignedOut] = "サインアウト",
            [AuditAction.PasswordChanged] = "パスワード変更",
            [AuditAction.PasswordReset] = "パスワード再設定",
            [AuditAction.UserCreated] = "ユーザー作成",
            [AuditAction.RolesChanged] = "役割の変更",
            [AuditAction.Published] = "公開",
            [AuditAction.Restored] = "復元",
            [AuditAction.Deleted] = "削除",
            [AuditAction.Archived] = "アーカイブ",
            [AuditAction.AccountLocked] = "アカウントのロック",
            [AuditAction.AccountUnlocked] = "ロック解除",
        },
    };
}
