using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Acronym).HasMaxLength(40);
        // Search matches acronyms with ILIKE and word_similarity.
        builder.HasIndex(o => o.Acronym).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Property(o => o.WebsiteUrl).HasMaxLength(2_000);
        builder.Property(o => o.OriginalLanguage).HasMaxLength(8);
        builder.Property(o => o.Version).IsRowVersion();
        builder.Property(o => o.PendingChanges).HasColumnType("jsonb");
        builder.HasOne(o => o.Country).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.ParentOrganisation).WithMany(o => o.ChildOrganisations)
            .HasForeignKey(o => o.ParentOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.SourceDocument).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Translations).WithOne().HasForeignKey(t => t.OrganisationId);
    }
}
