using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The portal's own words (navigation, labels, messages) in one language, from the "UiText" entries of its PO file
/// (Translations/en.po, ja.po). A test checks that every member has its entry in every configured language.
/// </summary>
public sealed class UiText : PortalText
{
    private UiText(string language)
        : base(language)
    {
    }

    /// <summary>The language's name in itself, from configuration ("日本語").</summary>
    public string LanguageName => PortalLanguages.NameOf(Language);

    public string SiteName => Text();

    public string SiteTagline => Text();

    public string SkipToContent => Text();

    public string MainNavigation => Text();

    public string LanguageSwitchLabel => Text();

    public string Home => Text();

    public string Pillars => Text();

    public string Pillar => Text();

    public string CooperationAreas => Text();

    public string Initiatives => Text();

    /// <summary>The country page's heading over the initiatives that name the country, have a milestone or a photo there.</summary>
    public string InitiativesInCountry(string country) => Format([country]);

    /// <summary>The country page's heading over the initiatives that count for it because they cover all of ASEAN.</summary>
    public string RegionalInitiatives => Text();

    public string RegionalInitiativesNote(string country) => Format([country]);

    public string AseanMemberSince(string date) => Format([date]);

    public string Events => Text();

    public string Organisations => Text();

    public string Countries => Text();

    public string People => Text();

    public string Vision => Text();

    public string ImplementationPlan => Text();

    public string Adopted => Text();

    public string InitiativeCount(int count) => Plural(count);

    /// <summary>
    /// Punctuation the views put around text, as each language writes it: "(" and ": " in English, the full-width
    /// "（" and "：" in Japanese (issue 14), so no view writes a half-width bracket into Japanese.
    /// </summary>
    public string OpenParenthesis => Text();

    public string CloseParenthesis => Text();

    /// <summary>
    /// What sets an opening bracket off from the word before it, which views write between them: a space before a
    /// half-width bracket, nothing before a full-width one, which carries its own space (取組（12）, not 取組 （12）).
    /// </summary>
    public string BeforeParenthesis => OpenParenthesis is [>= '\u3000' and <= '\u30ff' or >= '\uff00' and <= '\uffef', ..] ? string.Empty : " ";

    /// <summary>Text followed by a note in brackets, as the language writes them: "SSEAYP (1974)", 「東南アジア青年の船（1974年）」.</summary>
    public string WithNote(string text, string note) => text + BeforeParenthesis + OpenParenthesis + note + CloseParenthesis;

    public string Colon => Text();

    /// <summary>A sentence with more text after it: followed by a space in English, by nothing after Japanese 「。」.</summary>
    public string SentenceFollowed(string sentence) => Format([sentence]);

    public string EventCount(int count) => Plural(count);

    public string InitiativeRange(int from, int to) => Format([from, to]);

    public string CountryCount(int count) => Plural(count);

    public string UpcomingEventCount(int count) => Plural(count);

    public string AreaCount(int count) => Plural(count);

    /// <summary>What the portal is, in one sentence: the first thing the home page says.</summary>
    public string SiteStatement => Text();

    public string HeadlineFigures => Text();

    public string WhatsNew => Text();

    /// <summary>The names of the kinds of record (<see cref="Domain.RecordTypes"/>) in the language, for "What's new".</summary>
    public TextMap<string> RecordTypeNames => Map<string>("RecordType");

    public string UpcomingEvents => Text();

    public string NoUpcomingEvents => Text();

    public string AllEvents => Text();

    public string PillarsIntro => Text();

    public string AreasIntro => Text();

    public string AllCooperationAreas => Text();

    public string About => Text();

    public string Contact => Text();

    public string NoInitiativesYet => Text();

    public string Acronym => Text();

    public string Kind => Text();

    public string Status => Text();

    public string Period => Text();

    public string Since => Text();

    /// <summary>
    /// An initiative's status as a visitor reads it on the day (<see cref="StatusToday"/>): the recorded one, or what
    /// the date that has overtaken it says ("Ended 2025").
    /// </summary>
    public string Standing(InitiativeStatusToday status) => status switch
    {
        { Standing: InitiativeStanding.Ended, PassedDate: { } end } => InitiativeEnded(FormatText.For(Language).Date(end)),
        { Standing: InitiativeStanding.StartPassed, PassedDate: { } start } => InitiativeStartPassed(FormatText.For(Language).Date(start)),
        _ => Name(status.Recorded),
    };

    /// <summary>A milestone's status as a visitor reads it on the day (<see cref="StatusToday"/>).</summary>
    public string Standing(MilestoneStanding standing) => standing switch
    {
        MilestoneStanding.DatePassed => MilestoneDatePassed,
        MilestoneStanding.Achieved => Name(MilestoneStatus.Achieved),
        _ => Name(MilestoneStatus.Planned),
    };

    public string InitiativeEnded(string date) => Format([date]);

    public string InitiativeStartPassed(string date) => Format([date]);

    public string MilestoneDatePassed => Text();

    /// <summary>A period with a known start and no end yet.</summary>
    public string OpenPeriod(string start) => Format([start]);

    public string ParentInitiative => Text();

    public string ChildInitiatives => Text();

    public string KeyFigures => Text();

    public string Milestones => Text();

    public string RelatedEvents => Text();

    public string RelatedInitiatives => Text();

    public string SharingInitiatives => Text();

    public string SharingEvents => Text();

    public string FeedsLabel => Text();

    public string InitiativesFeedOf(string name) => Format([name]);

    public string EventsFeedOf(string name) => Format([name]);

    public string Links => Text();

    public string Photos => Text();

    public string PhotoNotYetAvailable => Text();

    public string Credit => Text();

    public string Date => Text();

    public string Place => Text();

    public string Topics => Text();

    public string Outcome => Text();

    public string Participants => Text();

    public string Website => Text();

    public string Country => Text();

    public string ParentOrganisation => Text();

    public string PartOfOrganisation => Text();

    public string SourceDocument => Text();

    public string SourceSection => Text();

    /// <summary>What ends a label before its value: a colon and a space in English, a full-width colon in Japanese.</summary>
    public string LabelEnd => Text();

    public string ReadTheSource => Text();

    public string SourceTextIntro => Text();

    public string SourceTextNotHeld => Text();

    public string SourceTextLanguage(string language) => Format([language]);

    public string RecordsFromThisSource => Text();

    public string AseanMemberStates => Text();

    public string OtherCountries => Text();


    public string OnlyInLanguage(string languageName) => Format([languageName]);

    public string UnconfirmedName => Text();

    public string LikelyName => Text();

    public string Previous => Text();

    public string Next => Text();

    public string PageOf(int page, int pages) => Format([page, pages]);

    public string Pagination => Text();

    public string FilterByPillar => Text();

    public string AllPillars => Text();

    public string Apply => Text();

    public string NothingFound => Text();

    public string SortBy => Text();

    public string SortPlan => Text();

    public string SortNewest => Text();

    public string SortName => Text();

    public string SortStartDate => Text();

    public string NotFoundTitle => Text();

    public string NotFoundMessage => Text();

    public string ErrorTitle => Text();

    public string ErrorMessage => Text();

    public string UnavailableTitle => Text();

    public string UnavailableMessage => Text();

    public string StartingTitle => Text();

    public string StartingMessage => Text();

    public string BadRequestTitle => Text();

    public string BadRequestMessage => Text();

    public string TooLargeTitle => Text();

    public string TooLargeMessage => Text();

    public string FooterNote => Text();

    /// <summary>A filter value a page left out: the key, the value as given and the reason, e.g. "We ignored country=XX: there is no such country."</summary>
    public string FilterIgnored(string key, string value, string reason) => Format([key, value, reason]);

    public string NoSuchPillar => Text();

    public string NoSuchArea => Text();

    public string NoSuchCountry => Text();

    public string NoSuchStatus => Text();

    public string NoSuchOrganisation => Text();

    public string NotAYear => Text();

    public string YearsRunBackwards => Text();

    public string NoSuchChoice => Text();

    /// <summary>The note a page shows for a filter value it left out (docs/filters.md).</summary>
    public string Ignored(FilterProblem problem) => FilterIgnored(problem.Key, problem.Value, problem.Kind switch
    {
        FilterProblemKind.NoSuchPillar => NoSuchPillar,
        FilterProblemKind.NoSuchArea => NoSuchArea,
        FilterProblemKind.NoSuchCountry => NoSuchCountry,
        FilterProblemKind.NoSuchStatus => NoSuchStatus,
        FilterProblemKind.NoSuchOrganisation => NoSuchOrganisation,
        FilterProblemKind.NotAYear => NotAYear,
        FilterProblemKind.YearsInverted => YearsRunBackwards,
        _ => NoSuchChoice,
    });

    public string DownloadCsv => Text();

    public string DownloadXlsx => Text();

    public string MapTitle => Text();

    public string StartYear => Text();

    public string Year => Text();

    public string RemoveFilter => Text();

    public string Filters => Text();

    /// <summary>The control that opens the facets on a phone.</summary>
    public string FilterControl => Text();

    public string ChosenFilters => Text();

    /// <summary>The note on a calendar entry placed on the first of the month because the source gives the month only.</summary>
    public string CalendarMonthOnly(string month) => Format([month]);

    /// <summary>The facet's name before a chosen value ("Country:"), with the language's own colon.</summary>
    public string ChosenFilterFacet(string facet) => Format([facet]);

    public string Breadcrumbs => Text();

    public string MapCaption => Text();

    public string CountryTableCaption => Text();

    public string Search => Text();

    public string SearchPrompt => Text();

    public string SearchTooShort(int min) => Format([min]);

    public string SearchClamped(int max) => Format([max]);

    public string SearchNothingFound(string query) => Format([query]);

    public string SearchResultCount(string query, int count) => Plural(count, [query]);

    public string SearchResultsTitle(string query) => Format([query]);

    public string SearchResultKinds => Text();

    public string SearchCapped(int limit) => Format([limit]);

    /// <summary>The name of a kind, status or role a visitor sees (the entry "InitiativeKind.Programme").</summary>
    public string Name(Enum value) => Entry($"{value.GetType().Name}.{value}");

    /// <summary>
    /// The name of a language as this language calls it ("英語" in Japanese, the entry "LanguageNames.en"), else the
    /// language's name in itself: a newly configured language need not be named in every other language's file at once.
    /// </summary>
    public string NameOfLanguage(string code) => OptionalEntry($"LanguageNames.{code}") ?? PortalLanguages.NameOf(code);

    public static UiText For(string language) => Of(language, code => new UiText(code));


}
