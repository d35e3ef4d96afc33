using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A test class whose every test gets a portal with these users of its own: xunit makes a new instance of the class,
/// so a new database and portal, for each test.
/// </summary>
public abstract class PortalPerTest(params StaffAccount[] accounts) : SeededPortal(accounts)
{
    protected async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
    }
}
