namespace JaifPortal.Web.Areas.Admin;

public sealed record RoleChoices(IReadOnlyCollection<string> Selected, AdminText Text);
