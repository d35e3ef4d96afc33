using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class PartnershipFrameworkTranslationConfiguration() : TranslationConfiguration<PartnershipFrameworkTranslation>(nameof(PartnershipFrameworkTranslation.PartnershipFrameworkId))
{
    protected override void ConfigureText(EntityTypeBuilder<PartnershipFrameworkTranslation> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(NameLength);
        builder.Property(t => t.StatementTitle).HasMaxLength(NameLength);
        builder.Property(t => t.ImplementationPlanTitle).HasMaxLength(NameLength);
        builder.Property(t => t.VisionText).HasMaxLength(ShortTextLength);
        builder.Property(t => t.Summary).HasMaxLength(LongTextLength);
    }
}
