namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>The periods behind the dashboards' "stale", "recently changed" and "recent" figures (section Portal:Dashboards).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Portal:Dashboards";

    /// <summary>A record, or one of its translations, not reviewed for this many days is stale.</summary>
    public int StaleAfterDays { get; set; } = 365;

    /// <summary>Records changed within this many days are listed as recently changed.</summary>
    public int RecentlyChangedDays { get; set; } = 30;

    /// <summary>How many months back an initiative start, a milestone or an event still counts as recent, and how far the timeline looks each way.</summary>
    public int RecentMonths { get; set; } = 12;
}
