using System.Runtime.ExceptionServices;
using JaifPortal.Web.Data;

namespace JaifPortal.Web.Startup;

public static class StaffErrorPages
{
    private const string OutageItem = "JaifPortal.SessionCheckOutage";

    /// <summary>
    /// Staff get the same 503 page as visitors during a database outage. The session is checked against
    /// the database on every request (its security stamp); when that check itself fails, authentication
    /// keeps the failure for the request, so the error page re-executing it would fail again and leave
    /// an empty 500. Instead the request goes on without an account, and a page that needs one fails
    /// there with the outage, which the error page then shows; the session survives the outage.
    /// </summary>
    public static WebApplicationBuilder AddStaffErrorPages(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureApplicationCookie(options =>
        {
            var validate = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                try
                {
                    await validate(context);
                }
                catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception))
                {
                    context.RejectPrincipal();
                    context.HttpContext.Items[OutageItem] = ExceptionDispatchInfo.Capture(exception);
                }
            };

            var challenge = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.HttpContext.Items[OutageItem] is ExceptionDispatchInfo outage)
                {
                    outage.Throw();
                }

                return challenge(context);
            };
        });
        return builder;
    }
}
