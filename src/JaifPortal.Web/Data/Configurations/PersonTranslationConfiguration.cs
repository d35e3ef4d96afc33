using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class PersonTranslationConfiguration() : TranslationConfiguration<PersonTranslation>(nameof(PersonTranslation.PersonId))
{
    protected override void ConfigureText(EntityTypeBuilder<PersonTranslation> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(NameLength);
        builder.Property(t => t.Title).HasMaxLength(NameLength);

        // Search finds people by name (typos too) and position, and events by their participants.
        HasTrigramNameIndex(builder, nameof(PersonTranslation.Name));
        HasEnglishSearchVector(builder, ("name", 'A'), ("title", 'B'));
    }
}
