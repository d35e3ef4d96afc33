using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class PillarTranslationConfiguration() : TranslationConfiguration<PillarTranslation>(nameof(PillarTranslation.PillarId))
{
    protected override void ConfigureText(EntityTypeBuilder<PillarTranslation> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(NameLength);
        builder.Property(t => t.Summary).HasMaxLength(LongTextLength);
    }
}
