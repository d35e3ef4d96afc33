using JaifPortal.Web.Localization;

namespace JaifPortal.Web.Startup;

public static class LanguagesSetup
{
    /// <summary>
    /// Takes the languages from "Portal:Languages" (code, culture and name of each, the default first) and their
    /// interface text from the built-in PO files or "Portal:TranslationsPath"; routes, the language switcher, hreflang,
    /// the sitemap and the editors' language fields all read this list.
    /// </summary>
    public static WebApplicationBuilder AddPortalLanguages(this WebApplicationBuilder builder)
    {
        var languages = builder.Configuration.GetSection("Portal:Languages").Get<List<LanguageOptions>>() ?? [];
        PortalLanguages.Configure(languages, builder.Configuration["Portal:TranslationsPath"]);
        return builder;
    }
}
