using JaifPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Pages.Users;

public sealed class IndexModel(PortalDbContext db) : AdminPageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new UserRow(
                u.Id,
                u.DisplayName,
                u.Email ?? string.Empty,
                u.LockoutEnd,
                db.UserRoles.Where(link => link.UserId == u.Id)
                    .Join(db.Roles, link => link.RoleId, role => role.Id, (_, role) => role.Name!)
                    .OrderBy(name => name)
                    .ToList()))
            .ToListAsync(cancellationToken);
    }

    public sealed record UserRow(string Id, string DisplayName, string Email, DateTimeOffset? LockedUntil, List<string> Roles);
}
