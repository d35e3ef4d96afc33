using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Dashboards.Briefings;

public sealed record BriefingInitiatives(IReadOnlyList<BriefingInitiative> Items, int Total, string Lang, string? ListLink)
{
    /// <summary>The section's heading, when not "Initiatives".</summary>
    public string? Heading { get; init; }

    /// <summary>A pack's first page: the summary cut to a few lines and the first key figure only.</summary>
    public bool Brief { get; init; }

    /// <summary>A pack's details: one line per initiative (name, status, dates).</summary>
    public bool OneLine { get; init; }
}

public sealed record UpcomingMilestones(IReadOnlyList<UpcomingMilestone> Items, string Lang);

public sealed record RecordsUsed(IReadOnlyList<UsedRecord> Records, string Lang);

/// <summary>A pack's title block: what the pack is about, when it was made and what it holds.</summary>
public sealed record PackTitle(BriefingPageModel Pack, string Eyebrow, LabelText Name)
{
    /// <summary>The filter in words, when the pack is limited to part of its subject.</summary>
    public IReadOnlyList<string> FilterSummary { get; init; } = [];
}

/// <summary>The figures a pack's first page leads with, each a label and its value as printed ("6", "2 / 3").</summary>
public sealed record PackFigures(IReadOnlyList<PackFigure> Items, string Lang);

public sealed record PackFigure(string Label, string Value)
{
    public PackFigure(string label, int value)
        : this(label, value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
    {
    }
}

/// <summary>Milestones and events of the coming months on one list, soonest first, for a pack's first page.</summary>
public sealed record ComingUp(IReadOnlyList<ComingUpItem> Items, string Lang);

/// <summary>A dated entry of "coming up": a milestone (with its initiative as context) or an event.</summary>
public sealed record ComingUpItem(PartialDate Date, LabelText Name, LabelText? Context);
