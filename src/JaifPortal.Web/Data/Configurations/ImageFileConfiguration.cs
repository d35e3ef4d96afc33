using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class ImageFileConfiguration : IEntityTypeConfiguration<ImageFile>
{
    public void Configure(EntityTypeBuilder<ImageFile> builder)
    {
        // Keys from a sequence, taken as a file is added: the photos page names a new file in the form it saves with it.
        builder.Property(f => f.Id).UseHiLo("image_file_ids");
        builder.Property(f => f.ContentType).HasMaxLength(40);
        builder.ToTable(table => table.HasCheckConstraint("ck_image_files_pixels", $"width::bigint * height <= {ImageFormat.MaxPixels}"));
        builder.HasMany(f => f.Renditions).WithOne().HasForeignKey(r => r.ImageFileId);
    }
}
