using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Data;

/// <summary>
/// The portal's database. Contexts are pooled (<see cref="PortalDatabase"/>), so the context takes nothing but
/// its options: the clock that stamps creation and change times comes in as an interceptor.
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<SourceDocumentText> SourceDocumentTexts => Set<SourceDocumentText>();

    public DbSet<SitePage> SitePages => Set<SitePage>();

    public DbSet<PartnershipFramework> Frameworks => Set<PartnershipFramework>();

    public DbSet<Pillar> Pillars => Set<Pillar>();

    public DbSet<CooperationArea> CooperationAreas => Set<CooperationArea>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    /// <summary>Why each initiative takes place in each country: the view of the one rule (ADR 26).</summary>
    public DbSet<InitiativeCountryReach> InitiativeCountryReach => Set<InitiativeCountryReach>();

    public DbSet<KeyFigure> KeyFigures => Set<KeyFigure>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<ExternalLink> ExternalLinks => Set<ExternalLink>();

    public DbSet<Image> Images => Set<Image>();

    public DbSet<ImageFile> ImageFiles => Set<ImageFile>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<AppliedSeed> AppliedSeeds => Set<AppliedSeed>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Revision> Revisions => Set<Revision>();

    /// <summary>Who has which record's form open, and the drafts of forms not saved yet.</summary>
    public DbSet<EditingSession> EditingSessions => Set<EditingSession>();

    /// <summary>The Data Protection key ring every instance shares (sign-in cookies, antiforgery tokens); see DataProtectionSetup.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        foreach (var culture in NameCollations.Cultures)
        {
            builder.HasCollation(NameCollations.Of(culture), locale: NameCollations.Of(culture), provider: "icu", deterministic: true);
        }

        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads on its own and reordering members is safe.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
