using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class CooperationAreaTranslationConfiguration() : TranslationConfiguration<CooperationAreaTranslation>(nameof(CooperationAreaTranslation.CooperationAreaId))
{
    protected override void ConfigureText(EntityTypeBuilder<CooperationAreaTranslation> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(NameLength);
        builder.Property(t => t.Summary).HasMaxLength(LongTextLength);
        HasTrigramNameIndex(builder, nameof(CooperationAreaTranslation.Name));
        HasEnglishSearchVector(builder, ("name", 'A'), ("summary", 'B'));
    }
}
