using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Data;

/// <summary>
/// Which database a request reads: a visitor's read of a public answer goes to the streaming standby when one is
/// configured (ConnectionStrings:PortalReadOnly), everything else to the primary — the back office, sign-in, the
/// dashboards, every write and every request of someone signed in, so an editor always sees their own save.
/// The standby's connection string names the primary after it with "Target Session Attributes=prefer-standby"
/// (Npgsql's own failover), and its queries are retried once when a connection breaks, so a stopped standby
/// sends public reads to the primary instead of showing an error page.
/// </summary>
public sealed class PortalReads(
    IDbContextFactory<PortalDbContext> primary, IDbContextFactory<PortalDbContext>? standby, Func<HttpContext, bool> isPublicRead)
{
    public bool ReadsStandby(HttpContext? request) => standby is not null && request is not null && isPublicRead(request);

    public IDbContextFactory<PortalDbContext> FactoryFor(HttpContext? request) => ReadsStandby(request) ? standby! : primary;
}
