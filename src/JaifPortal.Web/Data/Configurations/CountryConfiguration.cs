using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.Property(c => c.IsoCode).HasMaxLength(2).IsFixedLength();
        builder.HasIndex(c => c.IsoCode).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.OriginalLanguage).HasMaxLength(8);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasMany(c => c.Translations).WithOne().HasForeignKey(t => t.CountryId);
    }
}
