using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Discovery.Iati;

/// <summary>The IATI export's words in each published language (see docs/adr/0004-ui-text-in-code.md).</summary>
public sealed class IatiText
{
    public static readonly IatiText English = new()
    {
        DownloadIati = "Download as IATI XML",
        NothingToExport = "No published initiative matching these filters can be exported as an IATI activity yet. "
            + "IATI 2.03 requires a start or end date, a participating organisation and a description for each activity.",
        NotExportable = gaps => $"This initiative cannot be exported as an IATI activity yet. IATI 2.03 requires what it lacks: {string.Join(", ", gaps)}.",
        Gap = gap => gap switch
        {
            IatiGap.Date => "a start or end date",
            IatiGap.ParticipatingOrganisation => "a participating organisation",
            _ => "a description",
        },
        DateAsGiven = date => $"Date as given by the source: {date}",
    };

    public static readonly IatiText Japanese = new()
    {
        DownloadIati = "IATI XMLでダウンロード",
        NothingToExport = "この条件に当てはまる公開中の取組のうち、IATIアクティビティとして出力できるものはまだありません。"
            + "IATI 2.03では、各アクティビティに開始日または終了日、参加組織、説明が必要です。",
        NotExportable = gaps => $"この取組はまだIATIアクティビティとして出力できません。IATI 2.03で必要な次の情報がありません：{string.Join("、", gaps)}。",
        Gap = gap => gap switch
        {
            IatiGap.Date => "開始日または終了日",
            IatiGap.ParticipatingOrganisation => "参加組織",
            _ => "説明",
        },
        DateAsGiven = date => $"出典に記載の日付：{date}",
    };

    public required string DownloadIati { get; init; }

    public required string NothingToExport { get; init; }

    public required Func<IEnumerable<string>, string> NotExportable { get; init; }

    public required Func<IatiGap, string> Gap { get; init; }

    public required Func<string, string> DateAsGiven { get; init; }

    public static IatiText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public string Explain(IEnumerable<IatiGap> gaps) => NotExportable(gaps.Select(Gap));
}
