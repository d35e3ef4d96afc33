using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class SourceDocumentTranslationConfiguration() : TranslationConfiguration<SourceDocumentTranslation>(nameof(SourceDocumentTranslation.SourceDocumentId))
{
    protected override void ConfigureText(EntityTypeBuilder<SourceDocumentTranslation> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(NameLength);
        builder.Property(t => t.Publisher).HasMaxLength(NameLength);
    }
}
