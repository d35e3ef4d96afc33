using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class EventTranslationBacklogConfiguration : IEntityTypeConfiguration<EventTranslationBacklog>
{
    public void Configure(EntityTypeBuilder<EventTranslationBacklog> builder)
    {
        builder.ToTable("event_translation_backlog");
        builder.HasKey(b => b.EventId);
        builder.HasOne<Event>().WithOne(e => e.TranslationBacklog)
            .HasForeignKey<EventTranslationBacklog>(b => b.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
