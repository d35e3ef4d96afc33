using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class ExternalLinkTranslationConfiguration() : TranslationConfiguration<ExternalLinkTranslation>(nameof(ExternalLinkTranslation.ExternalLinkId))
{
    protected override void ConfigureText(EntityTypeBuilder<ExternalLinkTranslation> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(NameLength);
    }
}
