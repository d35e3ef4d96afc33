using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The portal's own words (navigation, labels, messages) in each published language. Every
/// property is required, so a language cannot ship with a label missing.
/// </summary>
public sealed class UiText
{
    public required string Language { get; init; }

    public required string LanguageName { get; init; }

    public required string SiteName { get; init; }

    public required string SiteTagline { get; init; }

    public required string SkipToContent { get; init; }

    public required string MainNavigation { get; init; }

    public required string LanguageSwitchLabel { get; init; }

    public required string Home { get; init; }

    public required string Pillars { get; init; }

    public required string Pillar { get; init; }

    public required string CooperationAreas { get; init; }

    public required string Initiatives { get; init; }

    public required string Events { get; init; }

    public required string Organisations { get; init; }

    public required string Countries { get; init; }

    public required string People { get; init; }

    public required string Vision { get; init; }

    public required string ImplementationPlan { get; init; }

    public required string Adopted { get; init; }

    public required Func<int, string> InitiativeCount { get; init; }

    public required Func<int, string> EventCount { get; init; }

    public required string NoInitiativesYet { get; init; }

    public required string Acronym { get; init; }

    public required string Kind { get; init; }

    public required string Status { get; init; }

    public required string Period { get; init; }

    public required string Since { get; init; }

    /// <summary>A period with a known start and no end yet.</summary>
    public required Func<string, string> OpenPeriod { get; init; }

    public required string ParentInitiative { get; init; }

    public required string ChildInitiatives { get; init; }

    public required string KeyFigures { get; init; }

    public required string Milestones { get; init; }

    public required string RelatedEvents { get; init; }

    public required string RelatedInitiatives { get; init; }

    public required string Links { get; init; }

    public required string Photos { get; init; }

    public required string PhotoNotYetAvailable { get; init; }

    public required string Credit { get; init; }

    public required string Date { get; init; }

    public required string Place { get; init; }

    public required string Topics { get; init; }

    public required string Outcome { get; init; }

    public required string Participants { get; init; }

    public required string Website { get; init; }

    public required string Country { get; init; }

    public required string ParentOrganisation { get; init; }

    public required string PartOfOrganisation { get; init; }

    public required string SourceDocument { get; init; }

    public required string SourceSection { get; init; }

    public required string AseanMemberStates { get; init; }

    public required string OtherCountries { get; init; }

    /// <summary>Names of languages as this language calls them ("英語" in Japanese).</summary>
    public required IReadOnlyDictionary<string, string> LanguageNames { get; init; }

    public required Func<string, string> OnlyInLanguage { get; init; }

    public required string UnconfirmedName { get; init; }

    public required string LikelyName { get; init; }

    public required string Previous { get; init; }

    public required string Next { get; init; }

    public required Func<int, int, string> PageOf { get; init; }

    public required string Pagination { get; init; }

    public required string FilterByPillar { get; init; }

    public required string AllPillars { get; init; }

    public required string Apply { get; init; }

    public required string NothingFound { get; init; }

    public required string NotFoundTitle { get; init; }

    public required string NotFoundMessage { get; init; }

    public required string ErrorTitle { get; init; }

    public required string ErrorMessage { get; init; }

    public required string UnavailableTitle { get; init; }

    public required string UnavailableMessage { get; init; }

    public required string StartingTitle { get; init; }

    public required string StartingMessage { get; init; }

    public required string BadRequestTitle { get; init; }

    public required string BadRequestMessage { get; init; }

    public required string TooLargeTitle { get; init; }

    public required string TooLargeMessage { get; init; }

    public required string FooterNote { get; init; }

    public required string DownloadCsv { get; init; }

    public required string DownloadXlsx { get; init; }

    public required string MapTitle { get; init; }

    public required string StartYear { get; init; }

    public required string Year { get; init; }

    public required string RemoveFilter { get; init; }

    public required string Filters { get; init; }

    public required string MapCaption { get; init; }

    public required string Search { get; init; }

    public required string SearchPrompt { get; init; }

    public required Func<int, string> SearchTooShort { get; init; }

    public required Func<int, string> SearchClamped { get; init; }

    public required Func<string, string> SearchNothingFound { get; init; }

    public required Func<string, int, string> SearchResultCount { get; init; }

    public required Func<string, string> SearchResultsTitle { get; init; }

    public required string SearchResultKinds { get; init; }

    public required Func<int, string> SearchCapped { get; init; }

    /// <summary>A filter value a page left out: the key, the value as given and the reason, e.g. "We ignored country=XX: there is no such country."</summary>
    public required Func<string, string, string, string> FilterIgnored { get; init; }

    public required string NoSuchPillar { get; init; }

    public required string NoSuchArea { get; init; }

    public required string NoSuchCountry { get; init; }

    public required string NoSuchStatus { get; init; }

    public required string NoSuchOrganisation { get; init; }

    public required string NotAYear { get; init; }

    public required string YearsRunBackwards { get; init; }

    public required string NoSuchChoice { get; init; }

    public required IReadOnlyDictionary<Enum, string> EnumNames { get; init; }

    public string Name(Enum value) => EnumNames.TryGetValue(value, out var name) ? name : value.ToString();

    public string NameOfLanguage(string code) => LanguageNames.TryGetValue(code, out var name) ? name : code;

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

    public static UiText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public static readonly UiText English = new()
    {
        Language = ContentLanguage.English,
        LanguageName = "English",
        SiteName = "JAIF Portal",
        SiteTagline = "Japan–ASEAN cooperation under the Joint Vision Statement “Trusted Partners”",
        SkipToContent = "Skip to content",
        MainNavigation = "Main",
        LanguageSwitchLabel = "Language",
        Home = "Home",
        Pillars = "Pillars",
        Pillar = "Pillar",
        CooperationAreas = "Cooperation areas",
        Initiatives = "Initiatives",
        Events = "Events",
        Organisations = "Organisations",
        Countries = "Countries",
        People = "People",
        Vision = "Vision",
        ImplementationPlan = "Implementation Plan",
        Adopted = "Adopted",
        InitiativeCount = count => count == 1 ? "1 initiative" : $"{count:N0} initiatives",
        EventCount = count => count == 1 ? "1 event" : $"{count:N0} events",
        NoInitiativesYet = "No initiative is recorded under this area yet.",
        Acronym = "Acronym",
        Kind = "Type",
        Status = "Status",
        Period = "Period",
        Since = "Since",
        OpenPeriod = start => $"Since {start}",
        ParentInitiative = "Part of",
        ChildInitiatives = "Includes",
        KeyFigures = "Key figures",
        Milestones = "Milestones",
        RelatedEvents = "Related events",
        RelatedInitiatives = "Related initiatives",
        Links = "Links",
        Photos = "Photos",
        PhotoNotYetAvailable = "The source shows a photo here; the file has not been added yet.",
        Credit = "Credit",
        Date = "Date",
        Place = "Place",
        Topics = "Topics",
        Outcome = "Outcome",
        Participants = "Participants",
        Website = "Website",
        Country = "Country",
        ParentOrganisation = "Part of",
        PartOfOrganisation = "Units",
        SourceDocument = "Source",
        SourceSection = "Section",
        AseanMemberStates = "ASEAN Member States",
        OtherCountries = "Other countries",
        LanguageNames = new Dictionary<string, string> { [ContentLanguage.English] = "English", [ContentLanguage.Japanese] = "Japanese" },
        OnlyInLanguage = languageName => $"This text is available only in {languageName} so far.",
        UnconfirmedName = "Unofficial English name: no official English name was found, so this rendering awaits review.",
        LikelyName = "English name as reported; not yet confirmed on an official page.",
        Previous = "Previous",
        Next = "Next",
        PageOf = (page, pages) => $"Page {page} of {pages}",
        Pagination = "Pages",
        FilterByPillar = "Pillar",
        AllPillars = "All pillars",
        Apply = "Show",
        NothingFound = "Nothing to show here yet.",
        NotFoundTitle = "Page not found",
        NotFoundMessage = "There is no page at this address. It may have moved, or the address may be mistyped. These pages may help:",
        ErrorTitle = "Something went wrong",
        ErrorMessage = "The portal could not show this page. The fault has been logged; please try again later.",
        UnavailableTitle = "Temporarily unavailable",
        UnavailableMessage = "The portal cannot reach its database at the moment. Please try again in a few minutes.",
        StartingTitle = "The portal is starting",
        StartingMessage = "It will be ready in a moment. Please try again shortly.",
        BadRequestTitle = "Bad request",
        BadRequestMessage = "The portal could not understand this request.",
        TooLargeTitle = "File too large",
        TooLargeMessage = "The file is larger than 5 MB. Nothing was saved: go back and choose a smaller file.",
        DownloadCsv = "Download as CSV",
        DownloadXlsx = "Download as Excel (XLSX)",
        MapTitle = "Initiatives per country: Japan and the ASEAN region",
        StartYear = "Start year",
        Year = "Year",
        RemoveFilter = "remove this filter",
        Filters = "Filters",
        MapCaption = "A schematic map: each tile is a country, placed roughly where it lies, with the number of published initiatives in it. Select a tile for the country's page.",
        FooterNote = "Content from the Japan–ASEAN Integration Fund (JAIF) and the documents named on each page.",
        Search = "Search",
        SearchPrompt = "Type a word or a name in the search box to find initiatives, events, organisations and cooperation areas, in English or Japanese.",
        SearchTooShort = min => $"Please type at least {min} characters.",
        SearchClamped = max => $"Only the first {max} characters of your search were used.",
        SearchNothingFound = query => $"Nothing matches “{query}”. Try another spelling, a shorter word or the Japanese name.",
        SearchResultCount = (query, count) => count == 1 ? $"1 result for “{query}”" : $"{count:N0} results for “{query}”",
        SearchResultsTitle = query => $"Search: {query}",
        SearchResultKinds = "Results by type",
        SearchCapped = limit => $"Only the best {limit} matches are shown; add a word to narrow the search.",
        FilterIgnored = (key, value, reason) => $"We ignored {key}={value}: {reason}.",
        NoSuchPillar = "there is no such pillar",
        NoSuchArea = "there is no such cooperation area",
        NoSuchCountry = "there is no such country",
        NoSuchStatus = "it is not a status (Planned, Ongoing or Completed)",
        NoSuchOrganisation = "there is no such organisation",
        NotAYear = "it is not a year between 1900 and 2200",
        YearsRunBackwards = "the years run backwards",
        NoSuchChoice = "it is not one of the choices",
        EnumNames = new Dictionary<Enum, string>
        {
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
            [EventRole.Organiser] = "Organiser",
            [EventRole.Supporter] = "Supported by",
            [EventRole.Participant] = "Taking part",
            [EventRole.Host] = "Host",
            [MilestoneStatus.Achieved] = "Done",
            [MilestoneStatus.Planned] = "Planned",
            [OrganisationKind.GovernmentBody] = "Government body",
            [OrganisationKind.DiplomaticMission] = "Diplomatic mission",
            [OrganisationKind.AseanBody] = "ASEAN body",
            [OrganisationKind.IntergovernmentalOrganisation] = "Intergovernmental organisation",
            [OrganisationKind.ImplementingAgency] = "Implementing agency",
            [OrganisationKind.Fund] = "Fund",
            [OrganisationKind.ResearchInstitute] = "Research institute",
            [OrganisationKind.Centre] = "Centre",
            [OrganisationKind.Other] = "Organisation",
            [CountryGroup.AseanMemberState] = "ASEAN Member State",
            [CountryGroup.AseanObserver] = "ASEAN observer at the time of the sources (2024)",
            [CountryGroup.Japan] = "Dialogue Partner",
            [CountryGroup.Other] = "Other country",
        },
    };

    public static readonly UiText Japanese = new()
    {
        Language = ContentLanguage.Japanese,
        LanguageName = "日本語",
        SiteName = "JAIFポータル",
        SiteTagline = "共同ビジョン・ステートメント「信頼のパートナー」のもとでの日ASEAN協力",
        SkipToContent = "本文へ移動",
        MainNavigation = "メインメニュー",
        LanguageSwitchLabel = "言語",
        Home = "ホーム",
        Pillars = "3つの柱",
        Pillar = "柱",
        CooperationAreas = "協力分野",
        Initiatives = "取組",
        Events = "イベント",
        Organisations = "組織",
        Countries = "国",
        People = "人物",
        Vision = "ビジョン",
        ImplementationPlan = "実施計画",
        Adopted = "採択",
        InitiativeCount = count => $"取組{count:N0}件",
        EventCount = count => $"イベント{count:N0}件",
        NoInitiativesYet = "この分野の取組はまだ登録されていません。",
        Acronym = "略称",
        Kind = "種別",
        Status = "状況",
        Period = "期間",
        Since = "開始",
        OpenPeriod = start => $"{start}～",
        ParentInitiative = "上位の取組",
        ChildInitiatives = "含まれる取組",
        KeyFigures = "主な数値",
        Milestones = "主な動き",
        RelatedEvents = "関連イベント",
        RelatedInitiatives = "関連する取組",
        Links = "リンク",
        Photos = "写真",
        PhotoNotYetAvailable = "出典資料ではここに写真が掲載されています。画像ファイルは未登録です。",
        Credit = "提供",
        Date = "日付",
        Place = "場所",
        Topics = "議題",
        Outcome = "成果",
        Participants = "出席者",
        Website = "ウェブサイト",
        Country = "国",
        ParentOrganisation = "所属",
        PartOfOrganisation = "下部組織",
        SourceDocument = "出典",
        SourceSection = "項目",
        AseanMemberStates = "ASEAN加盟国",
        OtherCountries = "その他の国",
        LanguageNames = new Dictionary<string, string> { [ContentLanguage.English] = "英語", [ContentLanguage.Japanese] = "日本語" },
        OnlyInLanguage = languageName => $"この項目は現在、{languageName}でのみ提供しています。",
        UnconfirmedName = "英語名は公式名称が確認できていない訳語です。",
        LikelyName = "英語名は報道等によるもので、公式ページでは未確認です。",
        Previous = "前へ",
        Next = "次へ",
        PageOf = (page, pages) => $"{pages}ページ中{page}ページ目",
        Pagination = "ページ",
        FilterByPillar = "柱",
        AllPillars = "すべての柱",
        Apply = "表示",
        NothingFound = "表示できる項目はまだありません。",
        NotFoundTitle = "ページが見つかりません",
        NotFoundMessage = "このアドレスのページはありません。移動したか、アドレスが誤っている可能性があります。次のページもご覧ください。",
        ErrorTitle = "エラーが発生しました",
        ErrorMessage = "このページを表示できませんでした。エラーは記録されました。しばらくしてから再度お試しください。",
        UnavailableTitle = "一時的にご利用いただけません",
        UnavailableMessage = "現在データベースに接続できません。数分後に再度お試しください。",
        StartingTitle = "ポータルを起動しています",
        StartingMessage = "まもなくご利用いただけます。しばらくしてから再度お試しください。",
        BadRequestTitle = "不正なリクエスト",
        BadRequestMessage = "このリクエストを処理できませんでした。",
        TooLargeTitle = "ファイルが大きすぎます",
        TooLargeMessage = "ファイルが5MBを超えています。何も保存されていません。前のページに戻り、より小さいファイルを選んでください。",
        DownloadCsv = "CSVでダウンロード",
        DownloadXlsx = "Excel（XLSX）でダウンロード",
        MapTitle = "国別の取組数：日本とASEAN地域",
        StartYear = "開始年",
        Year = "年",
        RemoveFilter = "この条件を外す",
        Filters = "絞り込み",
        MapCaption = "模式図です。各タイルはおおよその位置に置いた国を表し、公開中の取組の数を示します。タイルを選ぶと国のページに移動します。",
        FooterNote = "日ASEAN統合基金（JAIF）および各ページに記載の出典資料に基づく情報です。",
        Search = "検索",
        SearchPrompt = "検索欄に語句や名称を入力すると、取組・イベント・組織・協力分野を日本語と英語で検索できます。",
        SearchTooShort = min => $"{min}文字以上入力してください。",
        SearchClamped = max => $"検索語は先頭の{max}文字のみを使用しました。",
        SearchNothingFound = query => $"「{query}」に一致する項目はありません。別の表記や短い語句、英語名でお試しください。",
        SearchResultCount = (query, count) => $"「{query}」の検索結果：{count:N0}件",
        SearchResultsTitle = query => $"検索：{query}",
        SearchResultKinds = "種類別の検索結果",
        SearchCapped = limit => $"一致度の高い上位{limit}件のみを表示しています。語句を追加して絞り込んでください。",
        FilterIgnored = (key, value, reason) => $"{key}={value} は使用しませんでした（{reason}）。",
        NoSuchPillar = "該当する柱がありません",
        NoSuchArea = "該当する協力分野がありません",
        NoSuchCountry = "該当する国がありません",
        NoSuchStatus = "状況（予定・実施中・終了）の値ではありません",
        NoSuchOrganisation = "該当する組織がありません",
        NotAYear = "1900年から2200年までの年ではありません",
        YearsRunBackwards = "期間の開始が終了より後になっています",
        NoSuchChoice = "選択肢にありません",
        EnumNames = new Dictionary<Enum, string>
        {
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
            [EventRole.Organiser] = "主催",
            [EventRole.Supporter] = "支援",
            [EventRole.Participant] = "参加",
            [EventRole.Host] = "開催地",
            [MilestoneStatus.Achieved] = "実施済み",
            [MilestoneStatus.Planned] = "予定",
            [OrganisationKind.GovernmentBody] = "政府機関",
            [OrganisationKind.DiplomaticMission] = "在外公館",
            [OrganisationKind.AseanBody] = "ASEAN機関",
            [OrganisationKind.IntergovernmentalOrganisation] = "国際機関",
            [OrganisationKind.ImplementingAgency] = "実施機関",
            [OrganisationKind.Fund] = "基金",
            [OrganisationKind.ResearchInstitute] = "研究機関",
            [OrganisationKind.Centre] = "センター",
            [OrganisationKind.Other] = "組織",
            [CountryGroup.AseanMemberState] = "ASEAN加盟国",
            [CountryGroup.AseanObserver] = "出典資料の時点（2024年）ではASEANオブザーバー",
            [CountryGroup.Japan] = "対話国",
            [CountryGroup.Other] = "その他の国",
        },
    };
}
