using JaifPortal.Web.Areas.Discovery.Filtering;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// Marks an answer that is the same for every anonymous visitor, so it may be served from the output cache
/// and carries an ETag (<see cref="PublicPageCache"/>). It names the query keys the answer reads: only those
/// vary the cached copies, so any other key (tracking tags, junk) is served the same copy instead of
/// computing and storing a new one.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicCacheAttribute(params string[] queryKeys) : Attribute
{
    /// <summary>An answer filtered as <paramref name="filtered"/> (its keys from <see cref="FilterKeys"/>), which also reads <paramref name="otherKeys"/>.</summary>
    public PublicCacheAttribute(FilterSubject filtered, params string[] otherKeys)
        : this([.. otherKeys, .. FilterKeys.Of(filtered)])
    {
    }

    public IReadOnlyList<string> QueryKeys { get; } = queryKeys;
}
