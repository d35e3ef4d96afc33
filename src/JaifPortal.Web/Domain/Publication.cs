namespace JaifPortal.Web.Domain;

/// <summary>Where a record stands in the editorial workflow. Only Published records reach public pages.</summary>
public enum PublicationStatus
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Archived = 3,
}

/// <summary>A record that goes through the editorial workflow before the public sees it.</summary>
public interface IPublishable
{
    PublicationStatus Publication { get; }
}

public static class PublicationQueries
{
    public static IQueryable<T> Published<T>(this IQueryable<T> records)
        where T : class, IPublishable =>
        records.Where(record => record.Publication == PublicationStatus.Published);
}
