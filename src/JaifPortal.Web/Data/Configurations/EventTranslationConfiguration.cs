using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class EventTranslationConfiguration() : TranslationConfiguration<EventTranslation>(nameof(EventTranslation.EventId))
{
    protected override void ConfigureText(EntityTypeBuilder<EventTranslation> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(NameLength);
        builder.Property(t => t.Summary).HasMaxLength(ShortTextLength);
        builder.Property(t => t.Place).HasMaxLength(NameLength);
        builder.Property(t => t.Topics).HasMaxLength(LongTextLength);
        builder.Property(t => t.Outcome).HasMaxLength(LongTextLength);
        HasTrigramNameIndex(builder, nameof(EventTranslation.Name));
        HasTrigramIndex(builder, nameof(EventTranslation.Summary));
        HasTrigramIndex(builder, nameof(EventTranslation.Place));
        HasEnglishSearchVector(builder, ("name", 'A'), ("summary", 'B'), ("place", 'B'), ("topics", 'C'), ("outcome", 'C'));
    }
}
