using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class ImageFileConfiguration : IEntityTypeConfiguration<ImageFile>
{
    public void Configure(EntityTypeBuilder<ImageFile> builder)
    {
        builder.HasKey(f => f.ImageId);
        builder.ToTable(table => table.HasCheckConstraint("ck_image_files_size", $"octet_length(content) <= {ImageFormat.MaxBytes}"));
    }
}
