using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin.Pages.Events;

/// <summary>
/// The event editor's own words in each language; the words it shares with the other editors come
/// from <see cref="AdminText"/>. Every property is required so no label is missing.
/// </summary>
public sealed class EventEditorText
{
    public required string Events { get; init; }

    public required string NewEvent { get; init; }

    public required string EditEvent { get; init; }

    public required string Place { get; init; }

    public required string Topics { get; init; }

    public required string Outcome { get; init; }

    public required string Participants { get; init; }

    public required string ParticipantsHint { get; init; }

    public required string Person { get; init; }

    public required string RelatedInitiatives { get; init; }

    public required string MultipleChoiceHint { get; init; }

    public required string Year { get; init; }

    public required string SearchHint { get; init; }

    public required string SortStartDate { get; init; }

    public required string DuplicateParticipant { get; init; }

    public required IReadOnlyDictionary<EventRole, string> RoleNames { get; init; }

    public string Describe(EventRole role) => RoleNames.TryGetValue(role, out var name) ? name : role.ToString();

    public static EventEditorText For(string language) => language == ContentLanguage.Japanese ? Japanese : English;

    public static readonly EventEditorText English = new()
    {
        Events = "Events",
        NewEvent = "New event",
        EditEvent = "Edit event",
        Place = "Place",
        Topics = "Topics",
        Outcome = "Outcome",
        Participants = "Participants",
        ParticipantsHint = "People who took part, in the order the public page lists them.",
        Person = "Person",
        RelatedInitiatives = "Related initiatives",
        MultipleChoiceHint = "Hold Ctrl (⌘ on a Mac) to choose several.",
        Year = "Year",
        SearchHint = "Name in either language, place or address",
        SortStartDate = "Date (newest first)",
        DuplicateParticipant = "The same person is listed twice.",
        RoleNames = new Dictionary<EventRole, string>
        {
            [EventRole.Organiser] = "Organiser",
            [EventRole.Supporter] = "Supporter",
            [EventRole.Participant] = "Participant",
            [EventRole.Host] = "Host",
        },
    };

    public static readonly EventEditorText Japanese = new()
    {
        Events = "イベント",
        NewEvent = "イベントの新規作成",
        EditEvent = "イベントの編集",
        Place = "場所",
        Topics = "議題",
        Outcome = "成果",
        Participants = "出席者",
        ParticipantsHint = "出席した人物。公開ページに表示する順に並べてください。",
        Person = "人物",
        RelatedInitiatives = "関連する取組",
        MultipleChoiceHint = "複数選ぶときは Ctrl（Mac では ⌘）を押しながら選択してください。",
        Year = "年",
        SearchHint = "名称（英語・日本語）、場所、アドレス",
        SortStartDate = "日付（新しい順）",
        DuplicateParticipant = "同じ人物が2回記載されています。",
        RoleNames = new Dictionary<EventRole, string>
        {
            [EventRole.Organiser] = "主催",
            [EventRole.Supporter] = "支援",
            [EventRole.Participant] = "参加",
            [EventRole.Host] = "開催",
        },
    };
}
