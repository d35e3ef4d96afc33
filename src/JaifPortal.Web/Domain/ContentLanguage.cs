namespace JaifPortal.Web.Domain;

/// <summary>
/// The languages the portal publishes in. Content is stored per language code; the list comes from configuration
/// ("Portal:Languages", read at start-up by Localization.PortalLanguages), so adding one (for example "id" for Bahasa
/// Indonesia) means one configuration entry, its interface text file and its content's translations.
/// English and Japanese are named because the sources are written in them.
/// </summary>
public static class ContentLanguage
{
    public const string English = "en";
    public const string Japanese = "ja";

    /// <summary>The configured languages, the default first (see Localization.PortalLanguages); English and Japanese until configured.</summary>
    public static IReadOnlyList<string> Published { get; private set; } = [English, Japanese];

    public static bool IsPublished(string? code) =>
        code is not null && Published.Contains(code, StringComparer.Ordinal);

    /// <summary>Takes the configured languages (at start-up).</summary>
    public static void Use(IReadOnlyList<string> codes) => Published = codes;

    public static string Other(string code) => code == English ? Japanese : English;
}
