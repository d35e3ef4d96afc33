using JaifPortal.Web.Areas.Admin.Editing;
using System.Globalization;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace JaifPortal.Web.Areas.Admin.Pages.Initiatives;

/// <summary>
/// Everything an editor may change on an initiative, in both languages. It is what the form binds
/// (never the entity), what a revision stores as JSON, and what waits as pending changes of a
/// published initiative until a reviewer publishes them.
/// </summary>
public sealed partial class InitiativeForm
{
    public string? Slug { get; set; }

    public string? Acronym { get; set; }

    public InitiativeKind Kind { get; set; }

    public InitiativeStatus Status { get; set; } = InitiativeStatus.Ongoing;

    /// <summary>"2024-08-27", "2024-08", "2024" or "FY2024".</summary>
    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public string OriginalLanguage { get; set; } = ContentLanguage.English;

    public string? ParentSlug { get; set; }

    public List<string> AreaSlugs { get; set; } = [];

    public List<string> CountryCodes { get; set; } = [];

    /// <summary>A regional initiative: it counts for every ASEAN Member State besides the countries it names (ADR 26).</summary>
    public bool CoversAllAsean { get; set; }

    public Dictionary<string, TextForm> Texts { get; set; } = NewTexts();

    public List<OrganisationRow> Organisations { get; set; } = [];

    public List<FigureRow> Figures { get; set; } = [];

    public List<MilestoneRow> Milestones { get; set; } = [];

    public List<LinkRow> Links { get; set; } = [];

    /// <summary>
    /// The photos, in the order pages show them. They are changed on the photos page, one at a time, never
    /// through the edit form (which does not post them), so they are part of what is reviewed and restored.
    /// </summary>
    [BindNever]
    public List<PhotoRow> Photos { get; set; } = [];

    public static Dictionary<string, TextForm> NewTexts() =>
        ContentLanguage.Published.ToDictionary(language => language, _ => new TextForm());

    public TextForm Text(string language) => Texts.TryGetValue(language, out var text) ? text : Texts[language] = new TextForm();

    public sealed class TextForm : LanguageText
    {
        public string? Name { get; set; }

        public string? Summary { get; set; }

        public string? Description { get; set; }

        [System.Text.Json.Serialization.JsonIgnore]
        public override bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Summary) && string.IsNullOrWhiteSpace(Description);
    }

    public sealed class OrganisationRow
    {
        public string? OrganisationSlug { get; set; }

        public InitiativeRole Role { get; set; }

        public bool Remove { get; set; }
    }

    public sealed partial class FigureRow
    {
        /// <summary>As typed: "2,800,000,000,000" or "160".</summary>
        public string? Value { get; set; }

        /// <summary>None until chosen: no unit is assumed, so a count is never saved as yen by default.</summary>
        public FigureUnit? Unit { get; set; }

        public FigureApproximation Approximation { get; set; }

        public Dictionary<string, string?> Label { get; set; } = [];

        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Value) && Label.Values.All(string.IsNullOrWhiteSpace);

        public static bool TryParseValue(string? text, out decimal value) =>
            decimal.TryParse(text?.Replace(",", string.Empty, StringComparison.Ordinal).Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && value is >= 0 and < 10_000_000_000_000_000m;

        /// <summary>
        /// An approximate figure as the sources write it ("about 160", 「約160名」): the number alone, since the
        /// precision chosen beside it says it is approximate and the label says what it counts.
        /// </summary>
        public static bool TryParseApproximateValue(string? text, out decimal value)
        {
            var match = ApproximatePattern().Match(text?.Normalize(System.Text.NormalizationForm.FormKC) ?? string.Empty);
            value = 0;
            return match.Success && TryParseValue(match.Groups["number"].Value, out value);
        }

        [System.Text.RegularExpressions.GeneratedRegex(
            @"^\s*(?:about|around|approximately|approx\.?|some|約|およそ)\s*(?<number>[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?:名|人|people|persons|participants)?\s*$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
        private static partial System.Text.RegularExpressions.Regex ApproximatePattern();
    }

    public sealed class MilestoneRow
    {
        public string? Date { get; set; }

        public MilestoneStatus Status { get; set; }

        public string? CountryCode { get; set; }

        public Dictionary<string, string?> Title { get; set; } = [];

        public Dictionary<string, string?> Description { get; set; } = [];

        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Date) && Title.Values.All(string.IsNullOrWhiteSpace) && Description.Values.All(string.IsNullOrWhiteSpace);
    }

    public sealed class LinkRow
    {
        public string? Url { get; set; }

        public Dictionary<string, string?> Title { get; set; } = [];

        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Url) && Title.Values.All(string.IsNullOrWhiteSpace);
    }

    public sealed class PhotoRow
    {
        /// <summary>Names the row on the photos page: "image-12" for a photo the record has, "file-34" for one added since.</summary>
        public required string Key { get; set; }

        /// <summary>The photo this row is; empty for a photo added since the record was last published or saved as a draft.</summary>
        public int? ImageId { get; set; }

        /// <summary>The uploaded file (<see cref="ImageFile"/>) the photo shows; empty while the source's photo has no file.</summary>
        public int? FileId { get; set; }

        public Dictionary<string, string?> Caption { get; set; } = [];

        public Dictionary<string, string?> AltText { get; set; } = [];

        public Dictionary<string, string?> Credit { get; set; } = [];

        /// <summary>
        /// The ISO code of the country the caption places the photo in, which counts as a place of the initiative;
        /// empty for none. Null in forms saved before photos had a country, which leave the photo's country as it is.
        /// </summary>
        public string? CountryCode { get; set; }
    }

    /// <summary>The rows an editor kept: rows marked for removal and blank rows (the form's spare rows) are dropped.</summary>
    public void DropRemovedAndBlankRows()
    {
        AreaSlugs.RemoveAll(string.IsNullOrWhiteSpace);
        CountryCodes.RemoveAll(string.IsNullOrWhiteSpace);
        Organisations.RemoveAll(row => row.Remove || string.IsNullOrWhiteSpace(row.OrganisationSlug));
        Figures.RemoveAll(row => row.Remove || row.IsBlank);
        Milestones.RemoveAll(row => row.Remove || row.IsBlank);
        Links.RemoveAll(row => row.Remove || row.IsBlank);
    }

    /// <summary>Spare empty rows so an editor can add items without script.</summary>
    public void AddSpareRows(int count = 2)
    {
        for (var i = 0; i < count; i++)
        {
            Organisations.Add(new OrganisationRow());
            Figures.Add(new FigureRow());
            Milestones.Add(new MilestoneRow());
            Links.Add(new LinkRow());
        }
    }
}
