using JaifPortal.Web.Areas.Admin.Accounts;

namespace JaifPortal.Web.Startup;

public static class SignInProtectionSetup
{
    /// <summary>Sign-in limits per client address and account name, the same answer for every account name, and a lockout that cannot be turned against the account's owner.</summary>
    public static WebApplicationBuilder AddSignInProtection(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SignInLimits>(builder.Configuration.GetSection(SignInLimits.Section));
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddScoped<SignInGuard>();
        return builder;
    }
}
