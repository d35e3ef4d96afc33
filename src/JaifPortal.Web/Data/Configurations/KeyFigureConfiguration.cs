using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class KeyFigureConfiguration : IEntityTypeConfiguration<KeyFigure>
{
    public void Configure(EntityTypeBuilder<KeyFigure> builder)
    {
        builder.Property(f => f.Value).HasPrecision(20, 4);
        builder.Property(f => f.OriginalLanguage).HasMaxLength(8);
        builder.HasOne(f => f.Initiative).WithMany(i => i.KeyFigures).HasForeignKey(f => f.InitiativeId);
        builder.HasMany(f => f.Translations).WithOne().HasForeignKey(t => t.KeyFigureId);
    }
}
