using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace JaifPortal.Web.Areas.Admin.Pages;

public sealed class IndexModel(UserManager<PortalUser> users) : AdminPageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        DisplayName = user?.DisplayName ?? string.Empty;
        Roles = PortalRoles.All.Where(User.IsInRole).ToList();
    }
}
