using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.Property(i => i.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Acronym).HasMaxLength(40);
        // Search matches acronyms with ILIKE and word_similarity.
        builder.HasIndex(i => i.Acronym).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Property(i => i.OriginalLanguage).HasMaxLength(8);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Property(i => i.AreaIds).HasDefaultValueSql("'{}'").KeptByDatabase();
        builder.Property(i => i.PillarIds).HasDefaultValueSql("'{}'").KeptByDatabase();
        builder.Property(i => i.CountryIds).HasDefaultValueSql("'{}'").KeptByDatabase();
        builder.Property(i => i.OrganisationIds).HasDefaultValueSql("'{}'").KeptByDatabase();
        builder.Property(i => i.PlanOrder).KeptByDatabase();
        builder.Property(i => i.PendingChanges).HasColumnType("jsonb");
        builder.HasIndex(i => i.Publication);
        builder.MapPartialDate(i => i.StartDate, "start_date");
        builder.MapPartialDate(i => i.EndDate, "end_date");
        builder.HasOne(i => i.ParentInitiative).WithMany(i => i.ChildInitiatives)
            .HasForeignKey(i => i.ParentInitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.SourceDocument).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Translations).WithOne().HasForeignKey(t => t.InitiativeId);
    }
}
