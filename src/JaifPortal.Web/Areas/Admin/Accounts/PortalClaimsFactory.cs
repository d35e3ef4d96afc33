using System.Security.Claims;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JaifPortal.Web.Areas.Admin.Accounts;

/// <summary>
/// Adds the account's time zone to the sign-in, so every back-office page reads it without a query. The security stamp is
/// checked on every request (IdentitySetup), which builds the principal anew: a zone changed on the account page applies at once.
/// </summary>
public sealed class PortalClaimsFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(EditorTimeZones.ClaimType, user.TimeZone));
        return identity;
    }
}
