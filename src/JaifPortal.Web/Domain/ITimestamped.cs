namespace JaifPortal.Web.Domain;

/// <summary>A record whose creation and last change feed "recently updated" lists and feeds.</summary>
public interface ITimestamped
{
    DateTimeOffset CreatedAt { get; set; }

    DateTimeOffset UpdatedAt { get; set; }
}
