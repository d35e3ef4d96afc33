using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class KeyFigureTranslationConfiguration() : TranslationConfiguration<KeyFigureTranslation>(nameof(KeyFigureTranslation.KeyFigureId))
{
    protected override void ConfigureText(EntityTypeBuilder<KeyFigureTranslation> builder)
    {
        builder.Property(t => t.Label).HasMaxLength(NameLength);
    }
}
