using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class PartnershipFrameworkConfiguration : IEntityTypeConfiguration<PartnershipFramework>
{
    public void Configure(EntityTypeBuilder<PartnershipFramework> builder)
    {
        builder.ToTable("frameworks");
        builder.Property(f => f.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.Property(f => f.OriginalLanguage).HasMaxLength(8);
        builder.Property(f => f.Version).IsRowVersion();
        builder.MapPartialDate(f => f.AdoptedOn, "adopted_on");
        builder.HasOne(f => f.SourceDocument).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Translations).WithOne().HasForeignKey(t => t.PartnershipFrameworkId);
    }
}
