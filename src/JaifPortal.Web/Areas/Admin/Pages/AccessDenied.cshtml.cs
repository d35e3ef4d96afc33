namespace JaifPortal.Web.Areas.Admin.Pages;

public sealed class AccessDeniedModel : AdminPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
