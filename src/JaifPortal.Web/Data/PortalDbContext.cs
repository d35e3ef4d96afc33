using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Data;

public class PortalDbContext(DbContextOptions<PortalDbContext> options, TimeProvider clock) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<PartnershipFramework> Frameworks => Set<PartnershipFramework>();

    public DbSet<Pillar> Pillars => Set<Pillar>();

    public DbSet<CooperationArea> CooperationAreas => Set<CooperationArea>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<KeyFigure> KeyFigures => Set<KeyFigure>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<ExternalLink> ExternalLinks => Set<ExternalLink>();

    public DbSet<Image> Images => Set<Image>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<AppliedSeed> AppliedSeeds => Set<AppliedSeed>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Revision> Revisions => Set<Revision>();

    /// <summary>The Data Protection key ring every instance shares (sign-in cookies, antiforgery tokens); see DataProtectionSetup.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTimes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTimes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads on its own and reordering members is safe.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    private void StampTimes()
    {
        var now = clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries<ITimestamped>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }
        }
    }
}
