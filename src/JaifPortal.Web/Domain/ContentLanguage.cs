namespace JaifPortal.Web.Domain;

/// <summary>
/// The languages the portal publishes in. Content is stored per language code, so adding one
/// (for example "id" for Bahasa Indonesia) means adding it here and writing its translations.
/// </summary>
public static class ContentLanguage
{
    public const string English = "en";
    public const string Japanese = "ja";

    public static IReadOnlyList<string> Published { get; } = [English, Japanese];

    public static bool IsPublished(string? code) =>
        code is not null && Published.Contains(code, StringComparer.Ordinal);

    public static string Other(string code) => code == English ? Japanese : English;
}
