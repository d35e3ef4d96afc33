using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class PersonTranslationConfiguration() : TranslationConfiguration<PersonTranslation>(nameof(PersonTranslation.PersonId))
{
    protected override void ConfigureText(EntityTypeBuilder<PersonTranslation> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(NameLength);
        builder.Property(t => t.Title).HasMaxLength(NameLength);
    }
}
