using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Data;

/// <summary>
/// The number PostgreSQL raises with every committed change to the content (migration ContentVersion):
/// what was computed from the content under one number still holds while the number stays the same.
/// </summary>
public static class ContentVersion
{
    public static Task<long> ReadAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"SELECT value AS \"Value\" FROM content_version WHERE id = 1").SingleAsync(cancellationToken);
}
