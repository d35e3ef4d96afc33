using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class CountryTranslationConfiguration() : TranslationConfiguration<CountryTranslation>(nameof(CountryTranslation.CountryId))
{
    protected override void ConfigureText(EntityTypeBuilder<CountryTranslation> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(NameLength);
        builder.Property(t => t.MembershipSource).HasMaxLength(LongTextLength);
    }
}
