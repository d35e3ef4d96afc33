using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.Property(d => d.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.FileName).HasMaxLength(260);
        builder.Property(d => d.Url).HasMaxLength(2_000);
        builder.Property(d => d.OriginalLanguage).HasMaxLength(8);
        builder.MapPartialDate(d => d.PublishedOn, "published_on");
        builder.HasMany(d => d.Translations).WithOne().HasForeignKey(t => t.SourceDocumentId);
    }
}
