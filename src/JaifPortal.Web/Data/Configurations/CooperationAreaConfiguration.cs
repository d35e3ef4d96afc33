using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class CooperationAreaConfiguration : IEntityTypeConfiguration<CooperationArea>
{
    public void Configure(EntityTypeBuilder<CooperationArea> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.OriginalLanguage).HasMaxLength(8);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne(a => a.Pillar).WithMany(p => p.Areas).HasForeignKey(a => a.PillarId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Translations).WithOne().HasForeignKey(t => t.CooperationAreaId);
    }
}
