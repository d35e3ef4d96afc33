using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class ImageConfiguration : IEntityTypeConfiguration<Image>
{
    public void Configure(EntityTypeBuilder<Image> builder)
    {
        builder.Property(i => i.OriginalLanguage).HasMaxLength(8);
        builder.HasOne(i => i.Initiative).WithMany(i => i.Images).HasForeignKey(i => i.InitiativeId);
        builder.HasOne(i => i.Event).WithMany(e => e.Images).HasForeignKey(i => i.EventId);
        builder.HasOne(i => i.Country).WithMany().HasForeignKey(i => i.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(table => table.HasCheckConstraint("ck_images_one_owner", "(initiative_id IS NULL) <> (event_id IS NULL)"));
        builder.HasMany(i => i.Translations).WithOne().HasForeignKey(t => t.ImageId);
        // A file stays while any revision may point at it: it is never deleted with a photo.
        builder.HasOne(i => i.File).WithMany().HasForeignKey(i => i.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
