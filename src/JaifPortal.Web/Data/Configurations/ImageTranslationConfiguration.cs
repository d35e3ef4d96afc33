using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class ImageTranslationConfiguration() : TranslationConfiguration<ImageTranslation>(nameof(ImageTranslation.ImageId))
{
    protected override void ConfigureText(EntityTypeBuilder<ImageTranslation> builder)
    {
        builder.Property(t => t.Caption).HasMaxLength(ShortTextLength);
        builder.Property(t => t.AltText).HasMaxLength(ShortTextLength);
        builder.Property(t => t.Credit).HasMaxLength(NameLength);

        // Search finds an initiative or event by its photos' captions.
        HasTrigramIndex(builder, nameof(ImageTranslation.Caption));
        HasEnglishSearchVector(builder, ("caption", 'B'));
    }
}
