namespace JaifPortal.Web.Data;

/// <summary>
/// How lists sort names: ICU's order of the language's culture with punctuation ignored ("-u-ka-shifted"), so
/// 「JENESYS」 sorts with JENESYS instead of before every name, as it does under PostgreSQL's predefined
/// <c>ja-JP-x-icu</c>. The collations are made by a migration for the built-in languages' cultures; a language added by
/// configuration sorts by its predefined ICU collation.
/// </summary>
public static class NameCollations
{
    public static readonly IReadOnlyList<string> Cultures = ["en-GB", "ja-JP"];

    /// <summary>The collation (and ICU locale) made for <paramref name="culture"/>.</summary>
    public static string Of(string culture) => culture + "-u-ka-shifted";

    /// <summary>The collation names in <paramref name="culture"/> sort by.</summary>
    public static string ForNames(string culture) => Cultures.Contains(culture) ? Of(culture) : culture + "-x-icu";
}
