using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Admin;

/// <summary>The back office's words in one language, from the "AdminText" entries of its PO file.</summary>
public sealed class AdminText : PortalText
{
    private AdminText(string language)
        : base(language)
    {
    }

    public string BackOffice => Text();

    public string SkipToContent => Text();

    public string Dashboard => Text();

    public string Users => Text();

    public string AuditLog => Text();

    public string ChangePassword => Text();

    public string SignIn => Text();

    public string SignOut => Text();

    public string SignedInAs => Text();

    public string PublicSite => Text();

    public string Email => Text();

    public string Password => Text();

    public string CurrentPassword => Text();

    public string NewPassword => Text();

    public string ConfirmPassword => Text();

    public string DisplayName => Text();

    public string Roles => Text();

    public string Save => Text();

    public string Create => Text();

    public string Filter => Text();

    public string Required => Text();

    public string TooLong(int max) => Format([max]);

    public string InvalidEmail => Text();

    public string PasswordsDiffer => Text();

    public string SignInFailed => Text();

    public string TooManySignInAttempts(int minutes) => Plural(minutes);

    public string AccessDeniedTitle => Text();

    public string AccessDeniedMessage => Text();

    public string PasswordChangedSignInAgain => Text();

    public string PasswordRules(int length) => Format([length]);

    public string NewUser => Text();

    public string EditUser => Text();

    public string ResetPassword => Text();

    public string OneTimePassword(string password) => Format([password]);

    public string Lock => Text();

    public string Unlock => Text();

    public string LockedUntil => Text();

    public string Active => Text();

    public string Saved => Text();

    /// <summary>The notice after a workflow step, naming it: "Saved. (Submitted for review)", 「保存しました（承認依頼）。」.</summary>
    public string SavedStep(string step) => Format([step]);

    public string UserNotFound => Text();

    public string CannotRemoveOwnAdministrator => Text();

    public string When => Text();

    public string What => Text();

    public string Who => Text();

    public string Record => Text();

    public string Details => Text();

    public string From => Text();

    public string To => Text();

    public string NothingFound => Text();

    public string Previous => Text();

    public string Next => Text();

    public string YourRoles => Text();

    public string Welcome(string name) => Format([name]);

    public string Initiatives => Text();

    public string UnsavedHeading => Text();

    public string UnsavedLead => Text();

    public string MyDraftsHeading => Text();

    public string MyDraftsLead => Text();

    public string NoDrafts => Text();

    public string ForReviewHeading => Text();

    public string NothingForReview => Text();

    /// <summary>"Changed by others since you last signed in" with that time, or on a first visit the last week.</summary>
    public string ChangedSinceHeading(DateTimeOffset since, bool firstVisit, EditorTimeZone zone) =>
        firstVisit ? Entry("ChangedSinceHeading.FirstVisit") : string.Format(Culture, Entry("ChangedSinceHeading.Since"), zone.Local(since));

    public string NothingChanged => Text();

    /// <summary>What a line of the editor's home says after the record's name: its kind (<see cref="RecordKind"/>), who and when (by the editor's clock).</summary>
    public string DeskLine(string kind, string? by, DateTimeOffset at, EditorTimeZone zone) =>
        string.Format(Culture, Entry(by is null ? "DeskLine.Mine" : "DeskLine"), kind, by, zone.Local(at));

    /// <summary>A kind of record by its <see cref="RecordTypes"/> name: "Initiative", 「取組」.</summary>
    public string RecordKind(string recordType) => Entry($"RecordType.{recordType}");

    public string DeskShown(int shown, int total) => Format([shown, total]);

    public string DeskTimes(EditorTimeZone zone) => Format([TimeZoneName(zone)]);

    /// <summary>The name of a searchable picker's filter box: "Find in Areas".</summary>
    public string FindIn(string list) => Format([list]);

    public string TypeToFilter => Text();

    /// <summary>"12 of 31 shown"; the picker's view passes "{0}" and "{1}" for a template its script fills in as the editor types.</summary>
    public string PickerShown(string shown, string total) => Format([shown, total]);

    public string NeedsUpdate => Text();

    public string NeedsUpdateLead => Text();

    public string NothingNeedsUpdate => Text();

    public string NeedsUpdateShown(int shown, int total) => Format([shown, total]);

    /// <summary>Between a record's name and what is said of it ("Name: problem").</summary>
    public string NameSeparator => Text();

    public string MilestoneStillPlanned(string title, string date) => Format([title, date]);

    public string InitiativeEndedButRecorded(string status, string date) => Format([status, date]);

    public string InitiativeStartPassedButPlanned(string date) => Format([date]);

    public string NewInitiative => Text();

    public string EditInitiative => Text();

    public string Slug => Text();

    public string SlugHint => Text();

    public string Acronym => Text();

    public string Kind => Text();

    public string Status => Text();

    public string StartDate => Text();

    public string EndDate => Text();

    public string DateHint => Text();

    /// <summary>Before a date field's readings in each language, shown as the editor types.</summary>
    public string DateReadsAs => Text();

    public string PickADay => Text();

    /// <summary>A key figure's unit, to be chosen: no unit is assumed.</summary>
    public string ChooseAUnit => Text();

    public string OriginalLanguage => Text();

    /// <summary>A language's column headed as the original ("English (original language)", 「英語（原文の言語）」).</summary>
    public string OriginalLanguageLegend(string language) => Format([language]);

    public string ParentInitiative => Text();

    public string None => Text();

    public string Areas => Text();

    public string Countries => Text();

    public string CoversAllAsean => Text();

    public string CoversAllAseanHint => Text();

    public string PhotoCountry => Text();

    public string NoCountry => Text();

    public string SaveCountry => Text();

    public string Organisations => Text();

    public string Role => Text();

    public string KeyFigures => Text();

    public string Value => Text();

    public string Unit => Text();

    public string Approximation => Text();

    public string Label => Text();

    public string Milestones => Text();

    public string Date => Text();

    public string Title => Text();

    public string Description => Text();

    public string Country => Text();

    public string Links => Text();

    public string Url => Text();

    public string Remove => Text();

    public string AddOrganisation => Text();

    public string AddKeyFigure => Text();

    public string AddMilestone => Text();

    public string AddLink => Text();

    public string Name => Text();

    public string Summary => Text();

    public string MarkdownHint => Text();

    /// <summary>The name of the row of formatting buttons above a Markdown field.</summary>
    public string MarkdownTools => Text();

    public string MarkdownBold => Text();

    public string MarkdownLink => Text();

    public string MarkdownBulletedList => Text();

    public string MarkdownNumberedList => Text();

    public string MarkdownHeading => Text();

    /// <summary>What a formatting button puts in the field when no text is selected, in the field's own language.</summary>
    public string MarkdownSample => Text();

    /// <summary>Above a Markdown field's live preview.</summary>
    public string MarkdownPreview => Text();

    public string LanguageStateLabel => Text();

    public string PublishLanguage => Text();

    public string Stale => Text();

    /// <summary>A language's state with the stale note after it, in the language's brackets ("Published (Stale: …)", 「公開（要更新：…）」).</summary>
    public string StateWithStaleNote(string state) => Format([state, Stale]);

    public string RevisionNote => Text();

    public string SaveDraft => Text();

    public string SubmitForReview => Text();

    public string Publish => Text();

    public string ReturnToDraft => Text();

    public string Archive => Text();

    public string Unarchive => Text();

    public string Preview => Text();

    /// <summary>The link previewing one language's page: "Preview (English)", 「プレビュー（英語）」.</summary>
    public string PreviewIn(string language) => Format([language]);

    /// <summary>The name of the editors' bar of actions, for screen readers.</summary>
    public string Actions => Text();

    public string GoToActions => Text();

    public string History => Text();

    public string Search => Text();

    public string AllOption => Text();

    public string Pillar => Text();

    public string Publication => Text();

    public string LanguageState => Text();

    public string Sort => Text();

    public string SortUpdated => Text();

    public string SortName => Text();

    public string SortStatus => Text();

    public string Updated => Text();

    public string PendingChangesNotice => Text();

    public string PendingReviewNotice => Text();

    public string NoLanguageToPublish => Text();

    public string ConflictTitle => Text();

    public string YourValue => Text();

    public string TheirValue => Text();

    public string ConflictHelp => Text();

    public string RecordGone => Text();

    public string RecordArchived => Text();

    public string SlugNeeded => Text();

    public string SlugInvalid => Text();

    public string SlugTaken => Text();

    public string NameNeededForText => Text();

    public string EndBeforeStart => Text();

    public string ChooseAnArea => Text();

    public string UnknownChoice => Text();

    public string DuplicateRole => Text();

    public string NotANumber => Text();

    public string NotADate => Text();

    public string NotAWebAddress => Text();

    public string Revision => Text();

    public string Compare => Text();

    public string RestoreThis => Text();

    public string Field => Text();

    public string Before => Text();

    public string After => Text();

    public string NoDifferences => Text();

    public string NoRevisionsYet => Text();

    public string NotAllowed => Text();

    public string ReadOnlyNotice => Text();

    public string RevisionCount(int count) => Plural(count);

    /// <summary>Who saved a record while the editor had it open (by name), and when by the editor's clock.</summary>
    public string MergedBy(string? who, DateTimeOffset when, EditorTimeZone zone) => Format([who ?? Entry("ConflictBy.Someone"), zone.Local(when), TimeZoneName(zone)]);

    public string MergeKeptTheirs(IEnumerable<string> fields) => Format([List(fields)]);

    public string MergeChoose => Text();

    public string MergeNothingToChoose => Text();

    public string MergedNotice => Text();

    /// <summary>The editor's own unsaved draft on return to the form, kept at that time by the editor's clock.</summary>
    public string DraftOffer(DateTimeOffset savedAt, EditorTimeZone zone) => Format([zone.Local(savedAt), TimeZoneName(zone)]);

    public string DraftRestored(DateTimeOffset savedAt, EditorTimeZone zone) => Format([zone.Local(savedAt), TimeZoneName(zone)]);

    /// <summary>The zone's name as a clock is named ("Jakarta time", 「ジャカルタ時間」).</summary>
    public string TimeZoneName(EditorTimeZone zone) => Entry($"TimeZone.{zone.Key}");

    /// <summary>A zone as the account page offers it, with its offset from UTC ("Jakarta time (UTC+7)").</summary>
    public string TimeZoneChoice(EditorTimeZone zone) => zone.Offset.Length == 0 ? TimeZoneName(zone) : Format([TimeZoneName(zone), zone.Offset]);

    /// <summary>An instant as the history lists it, by the editor's clock.</summary>
    public string RevisionTime(DateTimeOffset when, EditorTimeZone zone) => Format([zone.Local(when)]);

    /// <summary>The history's time column, naming the clock its times are read by.</summary>
    public string WhenIn(EditorTimeZone zone) => Format([TimeZoneName(zone)]);

    /// <summary>A colleague who has the record open, and since when by the editor's clock.</summary>
    public string EditingSince(string who, DateTimeOffset since, EditorTimeZone zone) => Format([who, zone.Local(since), TimeZoneName(zone)]);

    public string PresenceHint => Text();

    public string TimeZone => Text();

    public string TimeZoneHint => Text();

    public string AccountSettings => Text();

    public string AccountSaved => Text();

    public string RestoreDraft => Text();

    public string DiscardDraft => Text();

    public string KeepMine => Text();

    public string KeepTheirs => Text();

    public string NoValue => Text();

    public string Yes => Text();

    public string No => Text();

    /// <summary>A field of one language's text, e.g. "Summary (English)".</summary>
    public string FieldInLanguage(string field, string language) => Format([field, language]);

    /// <summary>A row field's label with its language's code in the language's brackets: "Title (en)", 「見出し（en）」.</summary>
    public string FieldWithLanguageCode(string field, string code) => Format([field, code]);

    /// <summary>The labels of the editors' form fields by their name in a revision ("Summary" for "texts.en.summary"), see <see cref="Editing.FieldLabels"/>.</summary>
    public TextMap<string> FormFields => Map<string>("FormField");

    /// <summary>A field of a list's row: "Key figures, row 3, Value".</summary>
    public string FieldInRow(string list, int row, string field) => Format([list, row, field]);

    /// <summary>An error in the summary above a form, named by its field: "Start: Enter a date …".</summary>
    public string ErrorOfField(string field, string message) => Format([field, message]);

    /// <summary>The name of a state, unit or kind an editor sees (the entry "PublicationStatus.Draft").</summary>
    public string Describe(Enum value) => Entry($"{value.GetType().Name}.{value}");

    /// <summary>The name of a choice when the back office has one for it (history shows the code otherwise).</summary>
    public string? DescribeOrNull(Enum value) => OptionalEntry($"{value.GetType().Name}.{value}");

    /// <summary>A form field's label by its name ("Summary"), or null for a field the forms do not label.</summary>
    public string? FormFieldOrNull(string name) => OptionalEntry($"FormField.{name}");

    public string NewOrganisation => Text();

    public string EditOrganisation => Text();

    public string Website => Text();

    public string PartOf => Text();

    public string People => Text();

    public string NewPerson => Text();

    public string EditPerson => Text();

    public string Organisation => Text();

    public string Position => Text();

    public string Images => Text();

    public string UploadImage => Text();

    public string ImageFile => Text();

    public string Caption => Text();

    public string AltText => Text();

    public string Credit => Text();

    public string AttachTo => Text();

    public string NewImage => Text();

    public string ImageRequired => Text();

    public string ImageTooLarge => Text();

    public string ImageNotReadable => Text();

    public string ImageTooManyPixels => Text();

    public string PhotosWaitForReview => Text();

    public string PhotoSaved => Text();

    public string KeepPhotoTextsHint => Text();

    public string ImageWrongType => Text();

    public string RemoveImage => Text();

    public string ImageAwaitingFile => Text();

    public string SchedulePublication => Text();

    public string PublishAt => Text();

    public string ScheduleInFuture => Text();

    public string CancelSchedule => Text();

    public string ScheduledFor => Text();

    public string ErrorSummaryTitle => Text();

    public string ValueNotValid => Text();

    public string BackToEditing => Text();

    /// <summary>What each role may do (the entries "PortalRoles.Editor").</summary>
    public TextMap<string> RoleDescriptions => Map<string>("PortalRoles");

    public TextMap<AuditAction> AuditActions => Map<AuditAction>("AuditAction");

    public static AdminText For(string language) => Of(language, code => new AdminText(code));


}
