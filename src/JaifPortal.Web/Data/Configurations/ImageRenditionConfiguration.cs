using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class ImageRenditionConfiguration : IEntityTypeConfiguration<ImageRendition>
{
    public void Configure(EntityTypeBuilder<ImageRendition> builder)
    {
        builder.HasKey(r => new { r.ImageFileId, r.Width, r.ContentType });
        builder.Property(r => r.ContentType).HasMaxLength(40);
    }
}
