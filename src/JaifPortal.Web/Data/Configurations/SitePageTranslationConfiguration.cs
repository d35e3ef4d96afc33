using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class SitePageTranslationConfiguration() : TranslationConfiguration<SitePageTranslation>(nameof(SitePageTranslation.SitePageId))
{
    protected override void ConfigureText(EntityTypeBuilder<SitePageTranslation> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(NameLength);
        builder.Property(t => t.Body).HasMaxLength(LongTextLength);
    }
}
