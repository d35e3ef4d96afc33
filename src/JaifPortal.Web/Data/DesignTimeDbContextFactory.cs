using Microsoft.EntityFrameworkCore.Design;

namespace JaifPortal.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a configured database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(PortalDatabase.Options(
            Environment.GetEnvironmentVariable("ConnectionStrings__Portal") ?? "Host=localhost;Database=jaifportal_design", TimeProvider.System));
}
