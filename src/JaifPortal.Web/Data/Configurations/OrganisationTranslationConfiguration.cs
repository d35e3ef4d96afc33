using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class OrganisationTranslationConfiguration() : TranslationConfiguration<OrganisationTranslation>(nameof(OrganisationTranslation.OrganisationId))
{
    protected override void ConfigureText(EntityTypeBuilder<OrganisationTranslation> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(NameLength);
        builder.Property(t => t.Description).HasMaxLength(LongTextLength);
        builder.Property(t => t.FactSources).HasMaxLength(LongTextLength);
        HasTrigramNameIndex(builder, nameof(OrganisationTranslation.Name));
        HasEnglishSearchVector(builder, ("name", 'A'), ("description", 'C'));
    }
}
