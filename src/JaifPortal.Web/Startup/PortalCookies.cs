using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;

namespace JaifPortal.Web.Startup;

/// <summary>
/// Every cookie the portal writes. Outside Development they travel over https only (the portal runs behind
/// a TLS proxy there), the sign-in and antiforgery cookies under the __Host- prefix, which a browser accepts
/// only when Secure, for Path=/ and without a Domain, so no other site or subdomain can plant or overwrite them.
/// Public pages write none: a visitor who does not sign in never receives a cookie.
/// </summary>
public static class PortalCookies
{
    private const string SignInCookie = "jaif.admin";
    private const string AntiforgeryCookie = "jaif.antiforgery";

    /// <summary>After AddPortalIdentity, whose cookie settings (and events) these refine.</summary>
    public static WebApplicationBuilder AddPortalCookies(this WebApplicationBuilder builder)
    {
        // Development is plain http on localhost, where a browser (and the tests' client) would drop Secure cookies.
        var httpsOnly = !builder.Environment.IsDevelopment();
        var prefix = httpsOnly ? "__Host-" : string.Empty;
        var securePolicy = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        builder.Services.ConfigureApplicationCookie(options =>
        {
            // One cookie for the whole site (the back office, the dashboards and briefing packs beside the
            // public pages): the __Host- prefix requires Path=/, and one cookie fits a proxy's header buffers.
            options.Cookie.Name = prefix + SignInCookie;
            options.Cookie.Path = "/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = securePolicy;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/admin/sign-in";
            options.LogoutPath = "/admin/sign-out";
            options.AccessDeniedPath = "/admin/access-denied";

            // The default redirects are absolute, built from the request's scheme and Host header; a path
            // keeps the visitor on the address (and the https) they came by.
            options.Events.OnRedirectToLogin = RedirectWithinPortal;
            options.Events.OnRedirectToAccessDenied = RedirectWithinPortal;
        });

        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = prefix + AntiforgeryCookie;
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        // Cookies written by hand (the back office's language choice) follow the same rules; no script reads a cookie.
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = securePolicy;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        return builder;
    }

    public static WebApplication UsePortalCookies(this WebApplication app)
    {
        app.UseCookiePolicy();
        return app;
    }

    private static Task RedirectWithinPortal(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute);
        context.Response.Redirect(target.IsAbsoluteUri ? target.PathAndQuery : context.RedirectUri);
        return Task.CompletedTask;
    }
}
