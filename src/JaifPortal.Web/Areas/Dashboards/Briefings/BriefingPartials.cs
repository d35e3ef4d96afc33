namespace JaifPortal.Web.Areas.Dashboards.Briefings;

public sealed record BriefingInitiatives(IReadOnlyList<BriefingInitiative> Items, int Total, string Lang, string? ListLink);

public sealed record UpcomingMilestones(IReadOnlyList<UpcomingMilestone> Items, string Lang);

public sealed record RecordsUsed(IReadOnlyList<UsedRecord> Records, string Lang);
