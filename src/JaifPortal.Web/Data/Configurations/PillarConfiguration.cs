using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class PillarConfiguration : IEntityTypeConfiguration<Pillar>
{
    public void Configure(EntityTypeBuilder<Pillar> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => new { p.FrameworkId, p.Number }).IsUnique();
        builder.Property(p => p.OriginalLanguage).HasMaxLength(8);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne(p => p.Framework).WithMany(f => f.Pillars).HasForeignKey(p => p.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Translations).WithOne().HasForeignKey(t => t.PillarId);
    }
}
