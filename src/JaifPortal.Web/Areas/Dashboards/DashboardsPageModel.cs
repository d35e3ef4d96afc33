using JaifPortal.Web.Pages.Shared;

namespace JaifPortal.Web.Areas.Dashboards;

/// <summary>A page of the staff dashboards; its text object <c>T</c> is the dashboards' <see cref="DashboardText"/>.</summary>
public abstract class DashboardsPageModel : LanguagePageModel
{
    public DashboardText T => DashboardText.For(Lang);
}
