using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin.Pages.Events;

/// <summary>
/// Everything an editor may change on an event, in both languages. It is what the form binds (never
/// the entity), what a revision stores as JSON, and what waits as pending changes of a published event
/// until a reviewer publishes them.
/// </summary>
public sealed class EventForm
{
    public string? Slug { get; set; }

    /// <summary>"2024-08-27", "2024-08", "2024" or "FY2024".</summary>
    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country it took place in, if any.</summary>
    public string? CountryCode { get; set; }

    public string OriginalLanguage { get; set; } = ContentLanguage.English;

    public Dictionary<string, TextForm> Texts { get; set; } = NewTexts();

    public List<OrganisationRow> Organisations { get; set; } = [];

    /// <summary>People by slug, in the order the public page lists them.</summary>
    public List<ParticipantRow> Participants { get; set; } = [];

    public List<string> AreaSlugs { get; set; } = [];

    public List<string> InitiativeSlugs { get; set; } = [];

    public static Dictionary<string, TextForm> NewTexts() =>
        ContentLanguage.Published.ToDictionary(language => language, _ => new TextForm());

    public TextForm Text(string language) => Texts.TryGetValue(language, out var text) ? text : Texts[language] = new TextForm();

    public sealed class TextForm : LanguageText
    {
        public string? Name { get; set; }

        public string? Summary { get; set; }

        /// <summary>The place as the source names it ("Jakarta", "ジャカルタ").</summary>
        public string? Place { get; set; }

        /// <summary>Markdown: what was discussed.</summary>
        public string? Topics { get; set; }

        /// <summary>Markdown: what came out of it.</summary>
        public string? Outcome { get; set; }

        [System.Text.Json.Serialization.JsonIgnore]
        public override bool IsEmpty =>
            string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Summary) && string.IsNullOrWhiteSpace(Place)
            && string.IsNullOrWhiteSpace(Topics) && string.IsNullOrWhiteSpace(Outcome);
    }

    public sealed class OrganisationRow
    {
        public string? OrganisationSlug { get; set; }

        public EventRole Role { get; set; }

        public bool Remove { get; set; }
    }

    public sealed class ParticipantRow
    {
        public string? PersonSlug { get; set; }

        public bool Remove { get; set; }
    }

    /// <summary>The rows an editor kept: rows marked for removal and blank rows (the form's spare rows) are dropped.</summary>
    public void DropRemovedAndBlankRows()
    {
        AreaSlugs.RemoveAll(string.IsNullOrWhiteSpace);
        InitiativeSlugs.RemoveAll(string.IsNullOrWhiteSpace);
        Organisations.RemoveAll(row => row.Remove || string.IsNullOrWhiteSpace(row.OrganisationSlug));
        Participants.RemoveAll(row => row.Remove || string.IsNullOrWhiteSpace(row.PersonSlug));
        CountryCode = string.IsNullOrWhiteSpace(CountryCode) ? null : CountryCode.Trim().ToUpperInvariant();
    }

    /// <summary>Spare empty rows so an editor can add items without script.</summary>
    public void AddSpareRows(int count = 2)
    {
        for (var i = 0; i < count; i++)
        {
            Organisations.Add(new OrganisationRow());
            Participants.Add(new ParticipantRow());
        }
    }
}
