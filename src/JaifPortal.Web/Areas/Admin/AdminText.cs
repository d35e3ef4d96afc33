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

    public required Func<int, string> TooManySignInAttempts { get; init; }

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

    public required string Initiatives { get; init; }

    public required string NewInitiative { get; init; }

    public required string EditInitiative { get; init; }

    public required string Slug { get; init; }

    public required string SlugHint { get; init; }

    public required string Acronym { get; init; }

    public required string Kind { get; init; }

    public required string Status { get; init; }

    public required string StartDate { get; init; }

    public required string EndDate { get; init; }

    public required string DateHint { get; init; }

    public required string OriginalLanguage { get; init; }

    public required string ParentInitiative { get; init; }

    public required string None { get; init; }

    public required string Areas { get; init; }

    public required string Countries { get; init; }

    public required string Organisations { get; init; }

    public required string Role { get; init; }

    public required string KeyFigures { get; init; }

    public required string Value { get; init; }

    public required string Unit { get; init; }

    public required string Approximation { get; init; }

    public required string Label { get; init; }

    public required string Milestones { get; init; }

    public required string Date { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Country { get; init; }

    public required string Links { get; init; }

    public required string Url { get; init; }

    public required string Remove { get; init; }

    public required string Name { get; init; }

    public required string Summary { get; init; }

    public required string MarkdownHint { get; init; }

    public required string LanguageStateLabel { get; init; }

    public required string PublishLanguage { get; init; }

    public required string Stale { get; init; }

    public required string RevisionNote { get; init; }

    public required string SaveDraft { get; init; }

    public required string SubmitForReview { get; init; }

    public required string Publish { get; init; }

    public required string ReturnToDraft { get; init; }

    public required string Archive { get; init; }

    public required string Unarchive { get; init; }

    public required string Preview { get; init; }

    public required string History { get; init; }

    public required string Search { get; init; }

    public required string AllOption { get; init; }

    public required string Pillar { get; init; }

    public required string Publication { get; init; }

    public required string LanguageState { get; init; }

    public required string Sort { get; init; }

    public required string SortUpdated { get; init; }

    public required string SortName { get; init; }

    public required string SortStatus { get; init; }

    public required string Updated { get; init; }

    public required string PendingChangesNotice { get; init; }

    public required string PendingReviewNotice { get; init; }

    public required string NoLanguageToPublish { get; init; }

    public required string ConflictTitle { get; init; }

    public required string YourValue { get; init; }

    public required string TheirValue { get; init; }

    public required string ConflictHelp { get; init; }

    public required string RecordGone { get; init; }

    public required string RecordArchived { get; init; }

    public required string SlugNeeded { get; init; }

    public required string SlugInvalid { get; init; }

    public required string SlugTaken { get; init; }

    public required string NameNeededForText { get; init; }

    public required string EndBeforeStart { get; init; }

    public required string ChooseAnArea { get; init; }

    public required string UnknownChoice { get; init; }

    public required string DuplicateRole { get; init; }

    public required string NotANumber { get; init; }

    public required string NotADate { get; init; }

    public required string NotAWebAddress { get; init; }

    public required string Revision { get; init; }

    public required string Compare { get; init; }

    public required string RestoreThis { get; init; }

    public required string Field { get; init; }

    public required string Before { get; init; }

    public required string After { get; init; }

    public required string NoDifferences { get; init; }

    public required string NotAllowed { get; init; }

    public required string ReadOnlyNotice { get; init; }

    public required Func<string?, DateTimeOffset, string> ConflictBy { get; init; }

    public required Func<int, string> RevisionCount { get; init; }

    public required IReadOnlyDictionary<Enum, string> EnumNames { get; init; }

    public string Describe(Enum value) => EnumNames.TryGetValue(value, out var name) ? name : value.ToString();

    public required string NewOrganisation { get; init; }

    public required string EditOrganisation { get; init; }

    public required string Website { get; init; }

    public required string PartOf { get; init; }

    public required string People { get; init; }

    public required string NewPerson { get; init; }

    public required string EditPerson { get; init; }

    public required string Organisation { get; init; }

    public required string Position { get; init; }

    public required string Images { get; init; }

    public required string UploadImage { get; init; }

    public required string ImageFile { get; init; }

    public required string Caption { get; init; }

    public required string AltText { get; init; }

    public required string Credit { get; init; }

    public required string AttachTo { get; init; }

    public required string NewImage { get; init; }

    public required string ImageRequired { get; init; }

    public required string ImageTooLarge { get; init; }

    public required string ImageWrongType { get; init; }

    public required string RemoveImage { get; init; }

    public required string ImageAwaitingFile { get; init; }

    public required string ImageNotReadable { get; init; }

    public required string ImageTooManyPixels { get; init; }

    public required string PhotosWaitForReview { get; init; }

    public required string PhotoSaved { get; init; }

    public required string SchedulePublication { get; init; }

    public required string PublishAt { get; init; }

    public required string ScheduleInFuture { get; init; }

    public required string CancelSchedule { get; init; }

    public required string ScheduledFor { get; init; }

    public required string ErrorSummaryTitle { get; init; }

    public required string ValueNotValid { get; init; }

    public required string BackToEditing { get; init; }

    public required IReadOnlyDictionary<string, string> RoleDescriptions { get; init; }

    public required IReadOnlyDictionary<AuditAction, string> AuditActions { get; init; }

    public static AdminText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public static readonly AdminText English = new()
    {
        Language = ContentLanguage.English,
        BackToEditing = "Back to editing",
        ErrorSummaryTitle = "There is a problem",
        ValueNotValid = "This value is not one of the choices or not of the right kind.",
        SchedulePublication = "Schedule publication",
        PublishAt = "Publish at (Jakarta time)",
        ScheduleInFuture = "Choose a date and time in the future.",
        CancelSchedule = "Cancel the scheduled publication",
        ScheduledFor = "Scheduled for publication at",
        Images = "Photos",
        UploadImage = "Add or replace a photo",
        ImageFile = "Image file (JPEG, PNG or WebP, at most 5 MB)",
        Caption = "Caption",
        AltText = "Text for people who cannot see the photo",
        Credit = "Credit",
        AttachTo = "Photo",
        NewImage = "A new photo",
        ImageRequired = "Choose an image file.",
        ImageTooLarge = "The file is larger than 5 MB.",
        ImageWrongType = "Only JPEG, PNG or WebP images are accepted; this file is not one, whatever its name says.",
        RemoveImage = "Remove this photo",
        ImageAwaitingFile = "The source shows a photo here; no file yet.",
        ImageNotReadable = "This file could not be read as a picture: it may be damaged or cut short. Nothing was saved.",
        ImageTooManyPixels = "The picture has more than 40 megapixels (for example 7,700 × 5,200 pixels); make it smaller. Nothing was saved.",
        PhotosWaitForReview = "These photos include changes waiting for review: the public page shows the published photos until a reviewer publishes the changes on the edit page.",
        PhotoSaved = "Saved. On a published initiative the change waits for review.",
        NewOrganisation = "New organisation",
        EditOrganisation = "Edit organisation",
        Website = "Website",
        PartOf = "Part of",
        People = "People",
        NewPerson = "New person",
        EditPerson = "Edit person",
        Organisation = "Organisation",
        Position = "Position",
        Initiatives = "Initiatives",
        NewInitiative = "New initiative",
        EditInitiative = "Edit initiative",
        Slug = "Address (slug)",
        SlugHint = "Lower-case letters, digits and hyphens; made from the English name when left empty.",
        Acronym = "Acronym",
        Kind = "Type",
        Status = "Status",
        StartDate = "Start",
        EndDate = "End",
        DateHint = "2024-08-27, 2024-08, 2024 or FY2024 (Japanese fiscal year), as precise as the source.",
        OriginalLanguage = "Original language",
        ParentInitiative = "Part of",
        None = "(none)",
        Areas = "Cooperation areas",
        Countries = "Countries",
        Organisations = "Organisations",
        Role = "Role",
        KeyFigures = "Key figures",
        Value = "Number",
        Unit = "Unit",
        Approximation = "Precision",
        Label = "What it counts",
        Milestones = "Milestones",
        Date = "Date",
        Title = "Title",
        Description = "Description",
        Country = "Country",
        Links = "Links",
        Url = "Web address",
        Remove = "Remove",
        Name = "Name",
        Summary = "Summary",
        MarkdownHint = "Markdown: **bold**, - lists, [text](https://…). HTML is shown as text.",
        LanguageStateLabel = "State of this language",
        PublishLanguage = "Publish this language",
        Stale = "Stale: the original changed after this translation was last written.",
        RevisionNote = "Note for the history (optional)",
        SaveDraft = "Save",
        SubmitForReview = "Save and submit for review",
        Publish = "Publish",
        ReturnToDraft = "Return to draft",
        Archive = "Archive",
        Unarchive = "Restore from archive",
        Preview = "Preview",
        History = "History",
        Search = "Search",
        AllOption = "All",
        Pillar = "Pillar",
        Publication = "Publication",
        LanguageState = "Language state",
        Sort = "Sort",
        SortUpdated = "Recently changed",
        SortName = "Name",
        SortStatus = "Publication",
        Updated = "Changed",
        PendingChangesNotice = "This record is published. Your saved changes wait for a reviewer; the public sees the published version until then.",
        PendingReviewNotice = "Waiting for a reviewer.",
        NoLanguageToPublish = "Choose at least one language with a name to publish.",
        ConflictTitle = "Someone else saved this record while you were editing",
        YourValue = "Your version",
        TheirValue = "Saved version",
        ConflictHelp = "Your changes are still in the form below and nothing was overwritten. Compare, adjust the form, and save again to keep your version.",
        RecordGone = "This record no longer exists; it was deleted while you were editing. Your text is below so you can copy it.",
        RecordArchived = "This record was archived while you were editing. Restore it from the archive before saving changes.",
        SlugNeeded = "Give an address, or an English name to make it from.",
        SlugInvalid = "Use lower-case letters a–z, digits and single hyphens, at most 80 characters.",
        SlugTaken = "Another record of this kind already uses this address.",
        NameNeededForText = "Give a name in this language, or leave the language empty.",
        EndBeforeStart = "The end is before the start.",
        ChooseAnArea = "Choose at least one cooperation area.",
        UnknownChoice = "One of the choices no longer exists. Reload the page and choose again.",
        DuplicateRole = "The same organisation is listed twice with the same role.",
        NotANumber = "Enter a number such as 160 or 2,800,000,000,000.",
        NotADate = "Enter a date such as 2024-08-27, 2024-08, 2024 or FY2024.",
        NotAWebAddress = "Enter a full address starting with https:// or http://.",
        Revision = "Revision",
        Compare = "Compare",
        RestoreThis = "Restore this revision",
        Field = "Field",
        Before = "Before",
        After = "After",
        NoDifferences = "The two revisions are the same.",
        NotAllowed = "Your role does not allow this action.",
        ReadOnlyNotice = "You can read this record; your role does not allow changes.",
        ConflictBy = (who, when) => $"Saved by {who ?? "someone"} at {when:yyyy-MM-dd HH:mm} UTC.",
        RevisionCount = count => count == 1 ? "1 revision" : $"{count} revisions",
        EnumNames = new Dictionary<Enum, string>
        {
            [PublicationStatus.Draft] = "Draft",
            [PublicationStatus.InReview] = "In review",
            [PublicationStatus.Published] = "Published",
            [PublicationStatus.Archived] = "Archived",
            [JaifPortal.Web.Domain.TranslationState.Draft] = "Draft",
            [JaifPortal.Web.Domain.TranslationState.NeedsReview] = "Needs review",
            [JaifPortal.Web.Domain.TranslationState.Ready] = "Ready",
            [FigureUnit.Yen] = "Yen",
            [FigureUnit.People] = "People",
            [FigureUnit.Participants] = "Participants",
            [FigureUnit.Days] = "Days",
            [FigureUnit.Years] = "Years",
            [FigureUnit.Countries] = "Countries",
            [FigureUnit.Memoranda] = "MOUs",
            [FigureUnit.Areas] = "Areas",
            [FigureApproximation.Exact] = "Exact",
            [FigureApproximation.About] = "About (約)",
            [FigureApproximation.OrMore] = "Or more (以上)",
            [FigureApproximation.ScaleOf] = "On the scale of (規模)",
            [MilestoneStatus.Achieved] = "Done",
            [MilestoneStatus.Planned] = "Planned",
            [InitiativeKind.Programme] = "Programme",
            [InitiativeKind.Framework] = "Framework",
            [InitiativeKind.Plan] = "Plan",
            [InitiativeKind.Facility] = "Facility",
            [InitiativeKind.Centre] = "Centre",
            [InitiativeKind.MeetingSeries] = "Meeting series",
            [InitiativeKind.Project] = "Project",
            [InitiativeKind.Declaration] = "Declaration",
            [InitiativeStatus.Planned] = "Planned",
            [InitiativeStatus.Ongoing] = "Ongoing",
            [InitiativeStatus.Completed] = "Completed",
            [InitiativeRole.Lead] = "Lead",
            [InitiativeRole.Partner] = "Partner",
            [InitiativeRole.Implementer] = "Implementer",
            [InitiativeRole.Funder] = "Funder",
            [InitiativeRole.Host] = "Host",
            [RevisionKind.Saved] = "Saved",
            [RevisionKind.SubmittedForReview] = "Submitted for review",
            [RevisionKind.Published] = "Published",
            [RevisionKind.Archived] = "Archived",
            [RevisionKind.Unarchived] = "Restored from archive",
            [RevisionKind.Restored] = "Restored an earlier revision",
            [RevisionKind.Deleted] = "Deleted",
            [RevisionKind.ReturnedToDraft] = "Returned to draft",
            [RevisionKind.Scheduled] = "Publication scheduled",
        },
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
        SignInFailed = "The e-mail address or password is not correct, or the account is locked after repeated failed attempts from this device. Try again in 15 minutes, or ask an administrator to unlock it.",
        TooManySignInAttempts = minutes => minutes == 1
            ? "Too many sign-in attempts. Please wait a minute and try again."
            : $"Too many sign-in attempts. Please wait {minutes} minutes and try again.",
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
            [AuditAction.CrosswalkChanged] = "Crosswalk changed",
            [AuditAction.AccessDenied] = "Refused (403)",
            [AuditAction.PhotoAdded] = "Photo added",
            [AuditAction.PhotoChanged] = "Photo changed",
            [AuditAction.PhotoRemoved] = "Photo removed",
        },
    };

    public static readonly AdminText Japanese = new()
    {
        Language = ContentLanguage.Japanese,
        BackToEditing = "編集に戻る",
        ErrorSummaryTitle = "入力内容に問題があります",
        ValueNotValid = "この値は選択肢にないか、形式が正しくありません。",
        SchedulePublication = "公開を予約",
        PublishAt = "公開日時（ジャカルタ時間）",
        ScheduleInFuture = "未来の日時を選んでください。",
        CancelSchedule = "公開予約を取り消す",
        ScheduledFor = "公開予約日時",
        Images = "写真",
        UploadImage = "写真の追加・差し替え",
        ImageFile = "画像ファイル（JPEG・PNG・WebP、5MBまで）",
        Caption = "キャプション",
        AltText = "画像の代替テキスト",
        Credit = "クレジット",
        AttachTo = "写真",
        NewImage = "新しい写真",
        ImageRequired = "画像ファイルを選んでください。",
        ImageTooLarge = "ファイルが5MBを超えています。",
        ImageWrongType = "JPEG・PNG・WebP形式の画像のみ受け付けます。このファイルは（ファイル名にかかわらず）該当しません。",
        RemoveImage = "この写真を外す",
        ImageAwaitingFile = "出典資料に写真あり。ファイル未登録。",
        ImageNotReadable = "このファイルは画像として読み取れませんでした。破損しているか、途中で切れている可能性があります。何も保存されていません。",
        ImageTooManyPixels = "画像が4,000万画素を超えています（例：7,700×5,200ピクセル）。小さくしてください。何も保存されていません。",
        PhotosWaitForReview = "これらの写真にはレビュー待ちの変更があります。レビュー担当者が編集ページで変更を公開するまで、公開ページには公開済みの写真が表示されます。",
        PhotoSaved = "保存しました。公開中の事業では、変更はレビュー待ちになります。",
        NewOrganisation = "組織の新規作成",
        EditOrganisation = "組織の編集",
        Website = "ウェブサイト",
        PartOf = "上位組織",
        People = "人物",
        NewPerson = "人物の新規作成",
        EditPerson = "人物の編集",
        Organisation = "所属組織",
        Position = "役職",
        Initiatives = "取組",
        NewInitiative = "取組の新規作成",
        EditInitiative = "取組の編集",
        Slug = "アドレス（スラッグ）",
        SlugHint = "半角小文字・数字・ハイフン。空欄の場合は英語名から作成します。",
        Acronym = "略称",
        Kind = "種別",
        Status = "状況",
        StartDate = "開始",
        EndDate = "終了",
        DateHint = "2024-08-27、2024-08、2024、FY2024（年度）のいずれか。出典と同じ精度で入力してください。",
        OriginalLanguage = "原文の言語",
        ParentInitiative = "上位の取組",
        None = "（なし）",
        Areas = "協力分野",
        Countries = "国",
        Organisations = "組織",
        Role = "役割",
        KeyFigures = "主な数値",
        Value = "数値",
        Unit = "単位",
        Approximation = "精度",
        Label = "内容",
        Milestones = "主な動き",
        Date = "日付",
        Title = "見出し",
        Description = "説明",
        Country = "国",
        Links = "リンク",
        Url = "URL",
        Remove = "削除",
        Name = "名称",
        Summary = "概要",
        MarkdownHint = "Markdown形式（**太字**、- 箇条書き、[文字](https://…)）。HTMLはそのまま文字として表示されます。",
        LanguageStateLabel = "この言語の状態",
        PublishLanguage = "この言語を公開する",
        Stale = "要更新：この翻訳の作成後に原文が変更されました。",
        RevisionNote = "履歴のメモ（任意）",
        SaveDraft = "保存",
        SubmitForReview = "保存して承認を依頼",
        Publish = "公開",
        ReturnToDraft = "下書きに戻す",
        Archive = "アーカイブ",
        Unarchive = "アーカイブから戻す",
        Preview = "プレビュー",
        History = "履歴",
        Search = "検索",
        AllOption = "すべて",
        Pillar = "柱",
        Publication = "公開状況",
        LanguageState = "言語の状態",
        Sort = "並べ替え",
        SortUpdated = "更新日の新しい順",
        SortName = "名称順",
        SortStatus = "公開状況順",
        Updated = "更新",
        PendingChangesNotice = "この項目は公開中です。保存した変更は承認されるまで公開されず、それまでは公開中の内容が表示されます。",
        PendingReviewNotice = "承認待ちです。",
        NoLanguageToPublish = "名称のある言語を少なくとも一つ公開対象にしてください。",
        ConflictTitle = "編集中に他の人がこの項目を保存しました",
        YourValue = "あなたの内容",
        TheirValue = "保存済みの内容",
        ConflictHelp = "あなたの変更は下のフォームに残っており、上書きはされていません。内容を比べて調整し、もう一度保存してください。",
        RecordGone = "この項目は編集中に削除されたため、もう存在しません。入力内容は下に残っているので、コピーしてください。",
        RecordArchived = "この項目は編集中にアーカイブされました。変更を保存する前にアーカイブから戻してください。",
        SlugNeeded = "アドレスを入力するか、英語名を入力してください（英語名から作成します）。",
        SlugInvalid = "半角小文字a–z、数字、ハイフンのみ（80文字以内）で入力してください。",
        SlugTaken = "このアドレスは同じ種類の別の項目で使われています。",
        NameNeededForText = "この言語の名称を入力するか、この言語の項目をすべて空欄にしてください。",
        EndBeforeStart = "終了が開始より前になっています。",
        ChooseAnArea = "協力分野を少なくとも一つ選んでください。",
        UnknownChoice = "選択肢の一部が存在しません。ページを再読み込みして選び直してください。",
        DuplicateRole = "同じ組織が同じ役割で重複しています。",
        NotANumber = "160 や 2,800,000,000,000 のような数値を入力してください。",
        NotADate = "2024-08-27、2024-08、2024、FY2024 のような形式で入力してください。",
        NotAWebAddress = "https:// または http:// で始まるURLを入力してください。",
        Revision = "版",
        Compare = "比較",
        RestoreThis = "この版に戻す",
        Field = "項目",
        Before = "変更前",
        After = "変更後",
        NoDifferences = "二つの版に違いはありません。",
        NotAllowed = "あなたの役割ではこの操作はできません。",
        ReadOnlyNotice = "閲覧のみ可能です。あなたの役割では変更できません。",
        ConflictBy = (who, when) => $"{who ?? "他の人"}が{when:yyyy-MM-dd HH:mm}（UTC）に保存しました。",
        RevisionCount = count => $"{count}版",
        EnumNames = new Dictionary<Enum, string>
        {
            [PublicationStatus.Draft] = "下書き",
            [PublicationStatus.InReview] = "承認待ち",
            [PublicationStatus.Published] = "公開中",
            [PublicationStatus.Archived] = "アーカイブ",
            [JaifPortal.Web.Domain.TranslationState.Draft] = "下書き",
            [JaifPortal.Web.Domain.TranslationState.NeedsReview] = "要確認",
            [JaifPortal.Web.Domain.TranslationState.Ready] = "確認済み",
            [FigureUnit.Yen] = "円",
            [FigureUnit.People] = "人",
            [FigureUnit.Participants] = "名（参加者）",
            [FigureUnit.Days] = "日間",
            [FigureUnit.Years] = "年間",
            [FigureUnit.Countries] = "か国",
            [FigureUnit.Memoranda] = "件（MOU）",
            [FigureUnit.Areas] = "分野",
            [FigureApproximation.Exact] = "正確な値",
            [FigureApproximation.About] = "約",
            [FigureApproximation.OrMore] = "以上",
            [FigureApproximation.ScaleOf] = "規模",
            [MilestoneStatus.Achieved] = "実施済み",
            [MilestoneStatus.Planned] = "予定",
            [InitiativeKind.Programme] = "プログラム",
            [InitiativeKind.Framework] = "枠組み",
            [InitiativeKind.Plan] = "計画",
            [InitiativeKind.Facility] = "ファシリティ",
            [InitiativeKind.Centre] = "センター",
            [InitiativeKind.MeetingSeries] = "会合",
            [InitiativeKind.Project] = "プロジェクト",
            [InitiativeKind.Declaration] = "宣言",
            [InitiativeStatus.Planned] = "予定",
            [InitiativeStatus.Ongoing] = "実施中",
            [InitiativeStatus.Completed] = "終了",
            [InitiativeRole.Lead] = "主導",
            [InitiativeRole.Partner] = "パートナー",
            [InitiativeRole.Implementer] = "実施機関",
            [InitiativeRole.Funder] = "資金提供",
            [InitiativeRole.Host] = "設置機関",
            [RevisionKind.Saved] = "保存",
            [RevisionKind.SubmittedForReview] = "承認依頼",
            [RevisionKind.Published] = "公開",
            [RevisionKind.Archived] = "アーカイブ",
            [RevisionKind.Unarchived] = "アーカイブから戻す",
            [RevisionKind.Restored] = "以前の版に戻す",
            [RevisionKind.Deleted] = "削除",
            [RevisionKind.ReturnedToDraft] = "下書きに戻す",
            [RevisionKind.Scheduled] = "公開予約",
        },
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
        SignInFailed = "メールアドレスまたはパスワードが正しくないか、この端末からの失敗が続いたためアカウントがロックされています。15分後に再度お試しいただくか、管理者にロックの解除を依頼してください。",
        TooManySignInAttempts = minutes => $"サインインの試行回数が多すぎます。{minutes}分ほど待ってから再度お試しください。",
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
            [AuditAction.CrosswalkChanged] = "対応表の変更",
            [AuditAction.AccessDenied] = "アクセス拒否（403）",
            [AuditAction.PhotoAdded] = "写真の追加",
            [AuditAction.PhotoChanged] = "写真の変更",
            [AuditAction.PhotoRemoved] = "写真の削除",
        },
    };
}
