using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JaifPortal.Web.Pages;

/// <summary>The bare address sends visitors to the home page in the language their browser prefers.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Home", new { lang = PreferredLanguage(Request) });

    internal static string PreferredLanguage(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(header => header.Quality ?? 1)
            .Select(header => header.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(ContentLanguage.IsPublished);
        return preferred ?? ContentLanguage.English;
    }
}
