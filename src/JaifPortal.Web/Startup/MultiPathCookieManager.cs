using Microsoft.AspNetCore.Authentication.Cookies;

namespace JaifPortal.Web.Startup;

/// <summary>
/// Writes and deletes a cookie for its own path and for a few more, so one session reaches several
/// parts of the site without the cookie being sent everywhere (a cookie has a single path).
/// </summary>
public sealed class MultiPathCookieManager(ICookieManager inner, IReadOnlyList<string> extraPaths) : ICookieManager
{
    public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, key);

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        inner.AppendResponseCookie(context, key, value, options);
        foreach (var path in extraPaths)
        {
            inner.AppendResponseCookie(context, key, value, new CookieOptions(options) { Path = path });
        }
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        inner.DeleteCookie(context, key, options);
        foreach (var path in extraPaths)
        {
            inner.DeleteCookie(context, key, new CookieOptions(options) { Path = path });
        }
    }
}
