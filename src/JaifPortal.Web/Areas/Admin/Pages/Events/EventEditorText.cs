using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Areas.Admin.Pages.Events;

/// <summary>
/// The event editor's own words in one language (the "EventEditorText" entries of its PO file); the words it shares with the other editors come
/// from <see cref="AdminText"/>.
/// </summary>
public sealed class EventEditorText : PortalText
{
    private EventEditorText(string language)
        : base(language)
    {
    }

    public string Events => Text();

    public string NewEvent => Text();

    public string EditEvent => Text();

    public string Place => Text();

    public string Topics => Text();

    public string Outcome => Text();

    public string Participants => Text();

    public string ParticipantsHint => Text();

    public string Person => Text();

    public string AddParticipant => Text();

    public string RelatedInitiatives => Text();

    public string MultipleChoiceHint => Text();

    public string Year => Text();

    public string SearchHint => Text();

    public string SortStartDate => Text();

    public string DuplicateParticipant => Text();

    /// <summary>The name of a role in an event (the entry "EventRole.Organiser").</summary>
    public string Describe(EventRole role) => Entry($"{nameof(EventRole)}.{role}");

    public static EventEditorText For(string language) => Of(language, code => new EventEditorText(code));

}
