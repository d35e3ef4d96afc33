using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class SourceDocumentTextConfiguration : IEntityTypeConfiguration<SourceDocumentText>
{
    public void Configure(EntityTypeBuilder<SourceDocumentText> builder)
    {
        builder.HasKey(t => t.SourceDocumentId);
        builder.HasOne<SourceDocument>().WithOne().HasForeignKey<SourceDocumentText>(t => t.SourceDocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
