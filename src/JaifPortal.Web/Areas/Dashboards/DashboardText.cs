using System.Globalization;
using JaifPortal.Web.Areas.Admin;
using JaifPortal.Web.Areas.Discovery.Filtering;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>The dashboards' own words in each published language (see docs/adr/0004-ui-text-in-code.md).</summary>
public sealed class DashboardText
{
    public required string Language { get; init; }

    public required string Dashboards { get; init; }

    public required string OverviewTitle { get; init; }

    public required string OverviewLead { get; init; }

    public required Func<int, string> PillarNumber { get; init; }

    public required Func<int, string, string> PillarDashboardTitle { get; init; }

    public required string OpenDashboard { get; init; }

    public required string BackOffice { get; init; }

    public required string InternalNote { get; init; }

    public required string PublishedOnlyNote { get; init; }

    public required Func<int, int, int, int, string> Totals { get; init; }

    public required string ProblemsHeading { get; init; }

    public required Func<string, string> YearNotValid { get; init; }

    public required Func<int, int, string> YearsInverted { get; init; }

    public required Func<string, string> UnknownCountry { get; init; }

    public required Func<string, string> UnknownArea { get; init; }

    public required Func<string, string> UnknownStatus { get; init; }

    public required Func<string, string> UnknownOrganisation { get; init; }

    public required Func<string, string> UnknownPublication { get; init; }

    /// <summary>What a dashboard says of a filter value it left out.</summary>
    public string Describe(FilterProblem problem) => problem.Kind switch
    {
        FilterProblemKind.NotAYear => YearNotValid(problem.Value),
        FilterProblemKind.YearsInverted => YearsInverted(int.Parse(problem.Value, CultureInfo.InvariantCulture), problem.LastYear ?? 0),
        FilterProblemKind.NoSuchCountry => UnknownCountry(problem.Value),
        FilterProblemKind.NoSuchArea => UnknownArea(problem.Value),
        FilterProblemKind.NoSuchStatus => UnknownStatus(problem.Value),
        FilterProblemKind.NoSuchOrganisation => UnknownOrganisation(problem.Value),
        _ => UnknownPublication(problem.Value),
    };

    public required Func<string, string> UnknownPillar { get; init; }

    public required Func<string, string> UnknownList { get; init; }

    public required Func<string, string> UnknownExport { get; init; }

    public required string Filters { get; init; }

    public required string YearFrom { get; init; }

    public required string YearTo { get; init; }

    public required string YearHint { get; init; }

    public required string Country { get; init; }

    public required string AllCountries { get; init; }

    public required string Area { get; init; }

    public required string AllAreas { get; init; }

    public required string Status { get; init; }

    public required string AllStatuses { get; init; }

    public required string LeadOrganisation { get; init; }

    public required string AllOrganisations { get; init; }

    public required string Counted { get; init; }

    public required string CountedAll { get; init; }

    public required string CountedPublished { get; init; }

    public required string Apply { get; init; }

    public required string ClearFilters { get; init; }

    public required string ActiveFilters { get; init; }

    public required string CoverageHeading { get; init; }

    public required Func<int, string, string> CoverageDefinition { get; init; }

    public required Func<int, int, int, string> CoverageFigure { get; init; }

    public required Func<int, int, int, int, string> RecentFigure { get; init; }

    public required string AreasWithNothing { get; init; }

    public required string AreasWithNothingRecent { get; init; }

    public required string Initiatives { get; init; }

    public required string Milestones { get; init; }

    public required string Events { get; init; }

    public required Func<int, string> InLastMonths { get; init; }

    public required string Standing { get; init; }

    public required string NothingBehind { get; init; }

    public required string NothingRecent { get; init; }

    public required string Active { get; init; }

    public required string ByStatus { get; init; }

    public required string ByCountry { get; init; }

    public required string ByLeadOrganisation { get; init; }

    public required string ByYear { get; init; }

    public required string KeyFigures { get; init; }

    public required string FiguresNote { get; init; }

    public required string Unit { get; init; }

    public required string Approximation { get; init; }

    public required string FigureCount { get; init; }

    public required string Total { get; init; }

    public required string NotAdded { get; init; }

    public required Func<int, string> TimelineHeading { get; init; }

    public required string Month { get; init; }

    public required string Today { get; init; }

    public required Func<int, string> CoarseMilestones { get; init; }

    public required Func<int, string> PastMonths { get; init; }

    public required Func<int, string> NextMonths { get; init; }

    public required string UpcomingEvents { get; init; }

    public required Func<int, string> ChangedHeading { get; init; }

    public required Func<int, string> StaleHeading { get; init; }

    public required Func<int, string> StaleDefinition { get; init; }

    public required Func<int, string> ChangedCount { get; init; }

    public required Func<int, string> StaleCount { get; init; }

    public required Func<int, string> ContentStale { get; init; }

    public required string TranslationBehind { get; init; }

    public required string TranslationUnreviewed { get; init; }

    public required string Why { get; init; }

    public required string Date { get; init; }

    public required string NameHeader { get; init; }

    public required string Kind { get; init; }

    public required string Publication { get; init; }

    public required string Start { get; init; }

    public required string Countries { get; init; }

    public required string LeadOrganisations { get; init; }

    public required string CooperationAreas { get; init; }

    public required string LastChanged { get; init; }

    public required string Initiative { get; init; }

    public required string Count { get; init; }

    public required Func<int, string> OtherOrganisations { get; init; }

    public required Func<int, string> WithoutLead { get; init; }

    public required Func<int, string> Undated { get; init; }

    public required string Nothing { get; init; }

    public required string ShowAll { get; init; }

    public required string DownloadCsv { get; init; }

    public required string DownloadXlsx { get; init; }

    public required Func<string, string> ChartDescription { get; init; }

    public required Func<string, string> StackedChartDescription { get; init; }

    public required string EventsHaveNoStatus { get; init; }

    public required string RecordsHeading { get; init; }

    public required Func<int, string> RecordCount { get; init; }

    public required string BackToDashboard { get; init; }

    public required string PublicPage { get; init; }

    public required string EditPage { get; init; }

    public required string Stale { get; init; }

    public required string Changed { get; init; }

    public required string WithoutStartDate { get; init; }

    public required string WithoutLeadOrganisation { get; init; }

    public required string Upcoming { get; init; }

    public required Func<int, string> ComingUp { get; init; }

    public required Func<int, int, string> ComingUpCounts { get; init; }

    public required string PublicHeading { get; init; }

    public required string PublicNote { get; init; }

    public required string Place { get; init; }

    private Dictionary<RecordKind, string> KindNames { get; init; } = [];

    /// <summary>Statuses, publication states, units and approximations as the rest of the portal names them.</summary>
    public string Name(Enum value) => value switch
    {
        RecordKind kind => KindNames[kind],
        PublicationStatus or FigureUnit or FigureApproximation => AdminText.For(Language).Describe(value),
        _ => UiText.For(Language).Name(value),
    };

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count:N0} {noun}s";

    public static DashboardText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public static DashboardText English { get; } = new()
    {
        Language = ContentLanguage.English,
        Dashboards = "Dashboards",
        OverviewTitle = "Pillar dashboards",
        OverviewLead = "Where each pillar of the Implementation Plan stands: what backs its commitments, what changed and what is coming up.",
        PillarNumber = number => $"Pillar {number}",
        PillarDashboardTitle = (number, name) => $"Pillar {number} dashboard: {name}",
        OpenDashboard = "Open the dashboard",
        BackOffice = "Back office",
        InternalNote = "For officials and JMT staff. Figures count published records, records in review and drafts; archived records never count. Choose “Published only” to count what the public sees.",
        PublishedOnlyNote = "Only published records are counted.",
        Totals = (all, published, review, draft) => $"{Plural(all, "initiative")}: {published:N0} published, {review:N0} in review, {draft:N0} draft.",
        ProblemsHeading = "Some filter values were not used",
        YearNotValid = raw => $"“{raw}” is not a year between 1900 and 2200, so it was left out.",
        YearsInverted = (from, to) => $"The years run backwards ({from} to {to}), so the year range was left out.",
        UnknownCountry = raw => $"There is no country with the code “{raw}”, so the country filter was left out.",
        UnknownArea = raw => $"“{raw}” is not a cooperation area of this pillar, so the area filter was left out.",
        UnknownStatus = raw => $"“{raw}” is not a status (Planned, Ongoing or Completed), so the status filter was left out.",
        UnknownOrganisation = raw => $"There is no organisation “{raw}”, so the organisation filter was left out.",
        UnknownPublication = raw => $"“{raw}” is not a choice of records to count, so all but archived records are counted.",
        UnknownPillar = raw => $"There is no pillar “{raw}”. Choose one of the three pillars below.",
        UnknownList = raw => $"“{raw}” is not a list of this dashboard, so the list of all its initiatives is shown.",
        UnknownExport = tables => $"Choose a table ({tables}) and a format (csv or xlsx) to download.",
        Filters = "Filters",
        YearFrom = "From year",
        YearTo = "To year",
        YearHint = "Initiatives by their start year; milestones and events by their date.",
        Country = "Country",
        AllCountries = "All countries",
        Area = "Cooperation area",
        AllAreas = "All areas",
        Status = "Status",
        AllStatuses = "All statuses",
        LeadOrganisation = "Lead organisation",
        AllOrganisations = "All organisations",
        Counted = "Records counted",
        CountedAll = "Published, in review and draft",
        CountedPublished = "Published only",
        Apply = "Apply",
        ClearFilters = "Clear filters",
        ActiveFilters = "Filtered by",
        CoverageHeading = "Commitment coverage",
        CoverageDefinition = (months, today) => $"The cooperation areas the Implementation Plan lists for this pillar are its commitments. An area is covered when at least one initiative, milestone or event backs it, and recent when an initiative started, or a milestone or an event is dated, within the last {months} months (up to {today}, Jakarta time).",
        CoverageFigure = (covered, total, percent) => $"Coverage: {covered} of {total} areas ({percent}%) have at least one initiative, milestone or event.",
        RecentFigure = (recent, total, percent, months) => $"{recent} of {total} areas ({percent}%) have something from the last {months} months.",
        AreasWithNothing = "Areas with nothing behind them",
        AreasWithNothingRecent = "Areas with nothing recent",
        Initiatives = "Initiatives",
        Milestones = "Milestones",
        Events = "Events",
        InLastMonths = months => $"In the last {months} months",
        Standing = "Standing",
        NothingBehind = "Nothing behind it",
        NothingRecent = "Nothing recent",
        Active = "Active",
        ByStatus = "Initiatives by status",
        ByCountry = "Initiatives by country",
        ByLeadOrganisation = "Initiatives by lead organisation",
        ByYear = "Initiatives by start year",
        KeyFigures = "Key figures added up",
        FiguresNote = "Figures are added up only within one unit and one kind of precision (exact, about, or more, on the scale of). Days, years, countries and areas are not added up: they would be counted twice.",
        Unit = "Unit",
        Approximation = "Precision",
        FigureCount = "Figures",
        Total = "Total",
        NotAdded = "not added up",
        TimelineHeading = months => $"Milestones over the last and the next {months} months",
        Month = "Month",
        Today = "Today",
        CoarseMilestones = count => $"{Plural(count, "milestone")} dated only to a year or a fiscal year {(count == 1 ? "is" : "are")} in the lists below but not in the chart.",
        PastMonths = months => $"The last {months} months (newest first)",
        NextMonths = months => $"The next {months} months",
        UpcomingEvents = "Upcoming events",
        ChangedHeading = days => $"Changed in the last {days} days",
        StaleHeading = days => $"Not reviewed for {days} days or more",
        StaleDefinition = days => $"A record is stale when it has not changed for {days} days, when one of its translations has awaited review for as long, or when a translation is older than its original text.",
        ChangedCount = count => $"{Plural(count, "record")} changed.",
        StaleCount = count => $"{Plural(count, "stale record")}.",
        ContentStale = days => $"not changed for {days} days",
        TranslationBehind = "a translation is older than its original",
        TranslationUnreviewed = "a translation awaits review",
        Why = "Why",
        Date = "Date",
        NameHeader = "Name",
        Kind = "Kind",
        Publication = "Publication",
        Start = "Start",
        Countries = "Countries",
        LeadOrganisations = "Lead organisations",
        CooperationAreas = "Cooperation areas",
        LastChanged = "Last changed (Jakarta time)",
        Initiative = "Initiative",
        Count = "Number",
        OtherOrganisations = count => $"{Plural(count, "other organisation")} lead{(count == 1 ? "s" : "")} the other initiatives.",
        WithoutLead = count => $"{Plural(count, "initiative")} {(count == 1 ? "has" : "have")} no lead organisation.",
        Undated = count => $"{Plural(count, "initiative")} {(count == 1 ? "has" : "have")} no start date; a year range leaves {(count == 1 ? "it" : "them")} out.",
        Nothing = "Nothing.",
        ShowAll = "Show the whole list",
        DownloadCsv = "Download CSV",
        DownloadXlsx = "Download Excel (XLSX)",
        ChartDescription = what => $"Bar chart of {what}. The table beside it gives the same figures, each linked to its records.",
        StackedChartDescription = what => $"Stacked bar chart of {what}: initiatives, milestones and events. The table beside it gives the same figures, each linked to its records.",
        EventsHaveNoStatus = "Events have no status of their own, so the status filter does not narrow them.",
        RecordsHeading = "Records behind the figure",
        RecordCount = count => Plural(count, "record"),
        BackToDashboard = "Back to the dashboard",
        PublicPage = "public page",
        EditPage = "edit",
        Stale = "Stale",
        Changed = "Changed recently",
        WithoutStartDate = "Without a start date",
        WithoutLeadOrganisation = "Without a lead organisation",
        Upcoming = "Upcoming",
        ComingUp = days => $"Coming up in the next {days} days",
        ComingUpCounts = (milestones, events) => $"{milestones:N0} milestones, {events:N0} events",
        PublicHeading = "This pillar in figures",
        PublicNote = "Published initiatives and events only.",
        Place = "Country",
        KindNames = new()
        {
            [RecordKind.Initiatives] = "Initiative",
            [RecordKind.Milestones] = "Milestone",
            [RecordKind.Events] = "Event",
        },
    };

    public static DashboardText Japanese { get; } = new()
    {
        Language = ContentLanguage.Japanese,
        Dashboards = "ダッシュボード",
        OverviewTitle = "柱別ダッシュボード",
        OverviewLead = "実施計画の各柱の現状：各コミットメントを裏付ける取組、最近の変更、今後の予定を一覧できます。",
        PillarNumber = number => $"第{number}の柱",
        PillarDashboardTitle = (number, name) => $"第{number}の柱 ダッシュボード：{name}",
        OpenDashboard = "ダッシュボードを開く",
        BackOffice = "管理画面",
        InternalNote = "大使館職員・JMT職員向けの画面です。公開中・承認待ち・下書きの記録を数えています（アーカイブ済みの記録は数えません）。一般公開されている内容だけを数えるには「公開中のみ」を選んでください。",
        PublishedOnlyNote = "公開中の記録のみを数えています。",
        Totals = (all, published, review, draft) => $"取組 {all:N0}件（公開中 {published:N0}件、承認待ち {review:N0}件、下書き {draft:N0}件）",
        ProblemsHeading = "使用しなかった絞り込み条件があります",
        YearNotValid = raw => $"「{raw}」は1900年から2200年までの年ではないため、使用しませんでした。",
        YearsInverted = (from, to) => $"期間の開始（{from}年）が終了（{to}年）より後になっているため、期間の絞り込みを使用しませんでした。",
        UnknownCountry = raw => $"国コード「{raw}」の国はないため、国の絞り込みを使用しませんでした。",
        UnknownArea = raw => $"「{raw}」はこの柱の協力分野ではないため、分野の絞り込みを使用しませんでした。",
        UnknownStatus = raw => $"「{raw}」は状況（予定・実施中・終了）ではないため、状況の絞り込みを使用しませんでした。",
        UnknownOrganisation = raw => $"組織「{raw}」はないため、組織の絞り込みを使用しませんでした。",
        UnknownPublication = raw => $"「{raw}」は集計対象の選択肢ではないため、アーカイブ済み以外のすべての記録を数えています。",
        UnknownPillar = raw => $"「{raw}」という柱はありません。以下の三つの柱から選んでください。",
        UnknownList = raw => $"「{raw}」はこのダッシュボードの一覧ではないため、すべての取組の一覧を表示しています。",
        UnknownExport = tables => $"ダウンロードする表（{tables}）と形式（csv または xlsx）を指定してください。",
        Filters = "絞り込み",
        YearFrom = "開始年",
        YearTo = "終了年",
        YearHint = "取組は開始年、マイルストーンと行事は日付で絞り込みます。",
        Country = "国",
        AllCountries = "すべての国",
        Area = "協力分野",
        AllAreas = "すべての分野",
        Status = "状況",
        AllStatuses = "すべての状況",
        LeadOrganisation = "主導機関",
        AllOrganisations = "すべての機関",
        Counted = "集計対象",
        CountedAll = "公開中・承認待ち・下書き",
        CountedPublished = "公開中のみ",
        Apply = "適用",
        ClearFilters = "絞り込みを解除",
        ActiveFilters = "絞り込み条件",
        CoverageHeading = "コミットメントの充足状況",
        CoverageDefinition = (months, today) => $"実施計画がこの柱に掲げる協力分野を、この柱のコミットメントとみなします。取組・マイルストーン・行事が一つでもある分野を「裏付けあり」、過去{months}か月以内（ジャカルタ時間 {today} まで）に取組が始まったか、マイルストーンまたは行事の日付がある分野を「最近の動きあり」とします。",
        CoverageFigure = (covered, total, percent) => $"充足率：{total}分野のうち{covered}分野（{percent}%）に取組・マイルストーン・行事があります。",
        RecentFigure = (recent, total, percent, months) => $"{total}分野のうち{recent}分野（{percent}%）に過去{months}か月以内の動きがあります。",
        AreasWithNothing = "裏付けのない分野",
        AreasWithNothingRecent = "最近の動きがない分野",
        Initiatives = "取組",
        Milestones = "マイルストーン",
        Events = "行事",
        InLastMonths = months => $"過去{months}か月",
        Standing = "状態",
        NothingBehind = "裏付けなし",
        NothingRecent = "最近の動きなし",
        Active = "動きあり",
        ByStatus = "状況別の取組数",
        ByCountry = "国別の取組数",
        ByLeadOrganisation = "主導機関別の取組数",
        ByYear = "開始年別の取組数",
        KeyFigures = "主要数値の合計",
        FiguresNote = "数値は、単位と精度（正確な値・約・以上・規模）が同じものどうしに限って合計しています。日数・年数・国数・分野数は重複して数えることになるため合計しません。",
        Unit = "単位",
        Approximation = "精度",
        FigureCount = "数値の件数",
        Total = "合計",
        NotAdded = "合計しない",
        TimelineHeading = months => $"過去{months}か月と今後{months}か月のマイルストーン",
        Month = "月",
        Today = "今日",
        CoarseMilestones = count => $"年または年度までしか日付が分からないマイルストーン{count:N0}件は、下の一覧には含まれますが、グラフには含まれません。",
        PastMonths = months => $"過去{months}か月（新しい順）",
        NextMonths = months => $"今後{months}か月",
        UpcomingEvents = "今後の行事",
        ChangedHeading = days => $"過去{days}日間に更新された記録",
        StaleHeading = days => $"{days}日以上見直されていない記録",
        StaleDefinition = days => $"{days}日間更新されていない記録、翻訳が同じ期間レビュー待ちのままの記録、翻訳が原文より古い記録を「要見直し」としています。",
        ChangedCount = count => $"更新された記録 {count:N0}件",
        StaleCount = count => $"要見直しの記録 {count:N0}件",
        ContentStale = days => $"{days}日間更新なし",
        TranslationBehind = "翻訳が原文より古い",
        TranslationUnreviewed = "翻訳がレビュー待ち",
        Why = "理由",
        Date = "日付",
        NameHeader = "名称",
        Kind = "種類",
        Publication = "公開状況",
        Start = "開始",
        Countries = "国",
        LeadOrganisations = "主導機関",
        CooperationAreas = "協力分野",
        LastChanged = "最終更新（ジャカルタ時間）",
        Initiative = "取組",
        Count = "件数",
        OtherOrganisations = count => $"その他{count:N0}機関が残りの取組を主導しています。",
        WithoutLead = count => $"主導機関が登録されていない取組が{count:N0}件あります。",
        Undated = count => $"開始日のない取組が{count:N0}件あります（期間で絞り込むと含まれません）。",
        Nothing = "該当なし。",
        ShowAll = "一覧をすべて表示",
        DownloadCsv = "CSVをダウンロード",
        DownloadXlsx = "Excel（XLSX）をダウンロード",
        ChartDescription = what => $"{what}の棒グラフ。同じ数値を、記録へのリンク付きで隣の表に示しています。",
        StackedChartDescription = what => $"{what}の積み上げ棒グラフ（取組・マイルストーン・行事）。同じ数値を、記録へのリンク付きで隣の表に示しています。",
        EventsHaveNoStatus = "行事には状況の区分がないため、状況の絞り込みは行事には適用されません。",
        RecordsHeading = "数値の内訳となる記録",
        RecordCount = count => $"{count:N0}件",
        BackToDashboard = "ダッシュボードに戻る",
        PublicPage = "公開ページ",
        EditPage = "編集",
        Stale = "要見直し",
        Changed = "最近の更新",
        WithoutStartDate = "開始日なし",
        WithoutLeadOrganisation = "主導機関なし",
        Upcoming = "今後の予定",
        ComingUp = days => $"今後{days}日間の予定",
        ComingUpCounts = (milestones, events) => $"マイルストーン {milestones:N0}件、行事 {events:N0}件",
        PublicHeading = "数字で見るこの柱",
        PublicNote = "公開中の取組と行事のみを数えています。",
        Place = "国",
        KindNames = new()
        {
            [RecordKind.Initiatives] = "取組",
            [RecordKind.Milestones] = "マイルストーン",
            [RecordKind.Events] = "行事",
        },
    };
}
