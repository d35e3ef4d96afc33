using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class EventInitiativeConfiguration : IEntityTypeConfiguration<EventInitiative>
{
    public void Configure(EntityTypeBuilder<EventInitiative> builder)
    {
        builder.HasKey(link => new { link.EventId, link.InitiativeId });
        builder.HasOne(link => link.Event).WithMany(e => e.Initiatives).HasForeignKey(link => link.EventId);
        builder.HasOne(link => link.Initiative).WithMany(i => i.Events).HasForeignKey(link => link.InitiativeId);
    }
}
