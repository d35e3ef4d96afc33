using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Startup;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>An initiative as the public reads it; also what an editor's preview renders (with its photos read from the back office).</summary>
public sealed record InitiativeRecord(Initiative Initiative, IReadOnlyList<EventItem> Events, string Lang, string PhotoPath = MediaEndpoints.PublicPath)
{
    public string Period => (Initiative.StartDate, Initiative.EndDate) switch
    {
        ({ } start, { } end) => $"{start.Format(Lang)} – {end.Format(Lang)}",
        ({ } start, null) => UiText.For(Lang).OpenPeriod(start.Format(Lang)),
        (null, { } end) => $"– {end.Format(Lang)}",
        _ => string.Empty,
    };

    /// <summary>The timeline reads oldest first; within a month, a dated day comes before the month as a whole.</summary>
    public IEnumerable<Milestone> Timeline =>
        Initiative.Milestones.OrderBy(m => m.Date.Start).ThenBy(m => m.Date.Precision).ThenBy(m => m.Id);
}

/// <summary>An event as the public reads it; also what an editor's preview renders (with its photos read from the back office).</summary>
public sealed record EventRecord(Event Event, string Lang, string PhotoPath = MediaEndpoints.PublicPath);
