using JaifPortal.Web.Areas.Admin.Accounts;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Startup;

public static class IdentitySetup
{
    /// <summary>OWASP's figure for PBKDF2 with HMAC-SHA512, the algorithm of Identity's V3 hashes.</summary>
    public const int PasswordHashIterations = 210_000;

    public const int MinimumPasswordLength = 12;

    public static WebApplicationBuilder AddPortalIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<PortalUser, IdentityRole>(options =>
            {
                // Length and a list of common passwords, no composition rules (OWASP, NIST SP 800-63B).
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<PortalIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();

        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations);

        // Every request re-checks the account's security stamp, so signing out everywhere and changing
        // the password end all other sessions at once. The back office has few users, so the cost is small.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PortalPolicies.BackOffice, policy => policy.RequireRole(PortalRoles.All))
            .AddPolicy(PortalPolicies.EditContent, policy => policy.RequireRole(PortalRoles.Editor, PortalRoles.Administrator))
            .AddPolicy(PortalPolicies.ReviewContent, policy => policy.RequireRole(PortalRoles.Reviewer, PortalRoles.Administrator))
            .AddPolicy(PortalPolicies.ManageUsers, policy => policy.RequireRole(PortalRoles.Administrator))
            .AddPolicy(PortalPolicies.ViewDashboards, policy => policy.RequireRole(PortalRoles.All));

        builder.Services.AddScoped<AuditLog>();
        return builder;
    }
}
