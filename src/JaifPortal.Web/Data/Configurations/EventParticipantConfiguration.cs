using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> builder)
    {
        builder.HasKey(link => new { link.EventId, link.PersonId });
        builder.HasOne(link => link.Event).WithMany(e => e.Participants).HasForeignKey(link => link.EventId);
        builder.HasOne(link => link.Person).WithMany(p => p.Events)
            .HasForeignKey(link => link.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
