using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class ExternalLinkConfiguration : IEntityTypeConfiguration<ExternalLink>
{
    public void Configure(EntityTypeBuilder<ExternalLink> builder)
    {
        builder.Property(l => l.Url).HasMaxLength(2_000);
        builder.Property(l => l.OriginalLanguage).HasMaxLength(8);
        builder.HasOne(l => l.Initiative).WithMany(i => i.Links).HasForeignKey(l => l.InitiativeId);
        builder.HasMany(l => l.Translations).WithOne().HasForeignKey(t => t.ExternalLinkId);
    }
}
