using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;

namespace JaifPortal.Web.Areas.Admin.Accounts;

/// <summary>Writes audit entries with who, when and from where; the caller decides what happened.</summary>
public sealed class AuditLog(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task RecordAsync(AuditAction action, PortalUser? user, string? email = null, string? recordType = null, string? recordKey = null, string? details = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Action = action,
            UserId = user?.Id,
            UserEmail = user?.Email ?? email,
            RecordType = recordType,
            RecordKey = recordKey,
            Details = details,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync();
    }
}
