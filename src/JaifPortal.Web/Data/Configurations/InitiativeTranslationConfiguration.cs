using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class InitiativeTranslationConfiguration() : TranslationConfiguration<InitiativeTranslation>(nameof(InitiativeTranslation.InitiativeId))
{
    protected override void ConfigureText(EntityTypeBuilder<InitiativeTranslation> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(NameLength);
        builder.Property(t => t.Summary).HasMaxLength(ShortTextLength);
        builder.Property(t => t.Description).HasMaxLength(LongTextLength);
        builder.Property(t => t.SourceSection).HasMaxLength(300);
        HasTrigramNameIndex(builder, nameof(InitiativeTranslation.Name));
        HasTrigramIndex(builder, nameof(InitiativeTranslation.Summary));
        HasEnglishSearchVector(builder, ("name", 'A'), ("summary", 'B'), ("description", 'C'));
    }
}
