using JaifPortal.Web.Areas.Admin;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Areas.Admin.Pages;
using JaifPortal.Web.Areas.Admin.Pages.Events;
using JaifPortal.Web.Areas.Admin.Pages.Initiatives;
using JaifPortal.Web.Areas.Admin.Pages.Organisations;
using JaifPortal.Web.Areas.Admin.Pages.People;
using JaifPortal.Web.Areas.Dashboards;
using JaifPortal.Web.Areas.Discovery.Api;
using JaifPortal.Web.Areas.Discovery.Iati;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Localization;
using JaifPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Localization.Routing;

namespace JaifPortal.Web.Startup;

public static class PagesSetup
{
    public static WebApplicationBuilder AddPortalPages(this WebApplicationBuilder builder)
    {
        builder.AddPortalLanguages();
        builder.Services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap[LanguageRouteConstraint.Name] = typeof(LanguageRouteConstraint);
        });
        builder.Services.AddRazorPages(options =>
        {
            // Every admin page requires a back-office role unless it says otherwise; stricter folders add a policy.
            options.Conventions.AuthorizeAreaFolder("Admin", "/", PortalPolicies.BackOffice);
            options.Conventions.AuthorizeAreaFolder("Admin", "/Users", PortalPolicies.ManageUsers);
            options.Conventions.AuthorizeAreaFolder("Admin", "/Audit", PortalPolicies.ManageUsers);
            // The crosswalk to ASEAN's pillars and the SDGs is the administrators' alone, like users and the audit log.
            options.Conventions.AuthorizeAreaFolder("Admin", "/Crosswalk", PortalPolicies.ManageUsers);
            // So are the countries (reference data every count reads) and the portal's own About and Contact pages (ADR 30).
            options.Conventions.AuthorizeAreaFolder("Admin", "/Site", PortalPolicies.ManageUsers);
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/SignIn");
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/AccessDenied");
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/Language");

            // The staff dashboards, the ASEAN lens and the briefing packs: one area, for back-office roles only.
            options.Conventions.AuthorizeAreaFolder("Dashboards", "/", PortalPolicies.ViewDashboards);
        });

        // Fields named by asp-for would also carry data-val-* attributes for jQuery Validation, which the portal does not
        // load (no script from elsewhere, strict CSP): bad input is explained by the server, in the editor's language.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcViewOptions>(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        builder.Services.AddHttpContextAccessor();

        // Values that cannot be bound (a word where a number or a choice belongs) are explained in the editor's language.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options =>
        {
            static string NotValid() => AdminText.For(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).ValueNotValid;
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => NotValid());
            messages.SetValueIsInvalidAccessor(_ => NotValid());
            messages.SetValueMustNotBeNullAccessor(_ => NotValid());
            messages.SetValueMustBeANumberAccessor(_ => NotValid());
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => NotValid());
            messages.SetUnknownValueIsInvalidAccessor(_ => NotValid());
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(NotValid);
            messages.SetNonPropertyValueMustBeANumberAccessor(NotValid);
        });

        // Japanese text is written as characters, not as numeric character references; encoding for HTML still applies.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRequestLocalization(options =>
        {
            string[] cultures = [.. ContentLanguage.Published];
            options.SetDefaultCulture(PortalLanguages.Default).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            // Public pages take their language from the address; the back office from the editor's choice, then the browser.
            options.RequestCultureProviders.Insert(0, new RouteDataRequestCultureProvider { RouteDataStringKey = "lang", UIRouteDataStringKey = "lang" });
        });
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddScoped<RevisionLog>();
        builder.Services.AddScoped<InitiativeEditor>();
        builder.Services.AddScoped<EventEditor>();
        builder.Services.AddScoped<OrganisationEditor>();
        builder.Services.AddScoped<PersonEditor>();
        builder.Services.AddScoped<EditorsDesk>();
        builder.Services.AddSingleton<ScheduledPublisher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ScheduledPublisher>());
        builder.Services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        builder.Services.Configure<IatiOptions>(builder.Configuration.GetSection(IatiOptions.Section));
        builder.Services.AddScoped<IatiExport>();
        builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection(DashboardOptions.Section));
        builder.Services.AddScoped<PillarDashboardQuery>();
        builder.Services.AddSingleton<DashboardLinks>();
        builder.Services.AddSingleton<ContentCacheStore>();
        builder.Services.AddScoped<ContentCache>();
        builder.AddContentLicence();
        builder.AddPortalApi();
        builder.AddPortalOutputCache();
        return builder;
    }

    public static WebApplication UsePortalPages(this WebApplication app)
    {
        var readiness = app.Services.GetRequiredService<DatabaseReadiness>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = exception => DatabaseFaults.IsUnavailable(exception, readiness.IsReady)
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseStartingGate();
        app.UseRateLimiter();
        app.UsePortalOutputCache();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AvailableWhileStarting();
        app.MapRazorPages().WithStaticAssets();
        app.MapPortalMedia();
        app.MapPortalApi();
        return app;
    }
}

/// <summary>Restricts the first path segment to the languages the portal publishes in.</summary>
public sealed class LanguageRouteConstraint : IRouteConstraint
{
    public const string Name = "lang";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && ContentLanguage.IsPublished(value as string);
}
