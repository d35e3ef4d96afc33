using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Startup;

/// <summary>
/// Every 403 (a signed-in account refused a page or an action) is logged and audited with who, from
/// where, which path and the policy that refused; never the query string or a form value.
/// </summary>
public static partial class AccessDenials
{
    private const string PolicyItem = "JaifPortal.RefusingPolicy";

    /// <summary>Names the policy that refuses the current request, for a handler that checks one itself.</summary>
    public static void NamePolicy(HttpContext context, string policy) => context.Items[PolicyItem] = policy;

    public static WebApplicationBuilder AddAccessDenialRecords(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, PolicyNamingResultHandler>();

        // Refusals by the authorization middleware and by handlers' Forbid() both end here.
        builder.Services.ConfigureApplicationCookie(options =>
        {
            var redirect = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                await RecordAsync(context.HttpContext);
                await redirect(context);
            };
        });
        return builder;
    }

    private static async Task RecordAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var policy = context.Items[PolicyItem] as string ?? "unnamed";
        var request = $"{context.Request.Method} {context.Request.PathBase}{context.Request.Path}";
        var name = context.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
        LogRefused(
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccessDenials)),
            request, name ?? "anonymous", context.Connection.RemoteIpAddress?.ToString() ?? "unknown", policy);

        var user = name is null ? null : await services.GetRequiredService<UserManager<PortalUser>>().GetUserAsync(context.User);
        var details = $"{policy}: {request}";
        await services.GetRequiredService<AuditLog>().RecordAsync(
            AuditAction.AccessDenied, user, email: name, details: details[..Math.Min(details.Length, 4_000)]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "403 {Request} refused to {User} from {ClientAddress} by policy {Policy}")]
    private static partial void LogRefused(ILogger logger, string request, string user, string clientAddress, string policy);

    /// <summary>Finds which of the endpoint's policies refused the account, then answers as ASP.NET Core would.</summary>
    private sealed class PolicyNamingResultHandler(IAuthorizationService authorization) : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler _default = new();

        public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            if (authorizeResult.Forbidden && context.GetEndpoint() is { } endpoint)
            {
                foreach (var name in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).OfType<string>().Distinct())
                {
                    if (!(await authorization.AuthorizeAsync(context.User, name)).Succeeded)
                    {
                        NamePolicy(context, name);
                        break;
                    }
                }
            }

            await _default.HandleAsync(next, context, policy, authorizeResult);
        }
    }
}
