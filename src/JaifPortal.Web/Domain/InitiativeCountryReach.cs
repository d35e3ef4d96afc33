namespace JaifPortal.Web.Domain;

/// <summary>
/// One reason an initiative takes place in a country: a row of the view initiative_country_reach, the one rule for
/// "an initiative in a country" that every count and the country filter follow (ADR 26). An initiative may reach a
/// country for several reasons, one row each.
/// </summary>
public class InitiativeCountryReach
{
    public int InitiativeId { get; set; }

    public int CountryId { get; set; }

    public CountryReach Reach { get; set; }
}

/// <summary>Why an initiative counts for a country, in the order a page prefers to say it.</summary>
public enum CountryReach
{
    /// <summary>The initiative names the country.</summary>
    Named = 0,

    /// <summary>One of its milestones takes place there.</summary>
    Milestone = 1,

    /// <summary>The caption of one of its photos places it there.</summary>
    Caption = 2,

    /// <summary>It covers all of ASEAN and the country is a Member State.</summary>
    Regional = 3,
}
