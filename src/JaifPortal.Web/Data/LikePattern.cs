namespace JaifPortal.Web.Data;

/// <summary>Patterns for PostgreSQL's ILIKE built from what a person typed: their %, _ and \ match only themselves.</summary>
public static class LikePattern
{
    /// <summary>Matches the text anywhere (use with ESCAPE '\', PostgreSQL's default).</summary>
    public static string Containing(string text) => "%" + Exactly(text) + "%";

    /// <summary>Matches the text alone, in any case.</summary>
    public static string Exactly(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
