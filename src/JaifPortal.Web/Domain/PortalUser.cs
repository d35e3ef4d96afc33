using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Domain;

/// <summary>A back-office account: JMT staff, reviewers, Mission of Japan officials, administrators.</summary>
public class PortalUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The language the back office speaks to this person in.</summary>
    public string PreferredLanguage { get; set; } = ContentLanguage.English;

    /// <summary>The time zone the back office shows times in for this person (<see cref="EditorTimeZones"/>).</summary>
    public string TimeZone { get; set; } = EditorTimeZones.DefaultId;

    public DateTimeOffset CreatedAt { get; set; }
}
