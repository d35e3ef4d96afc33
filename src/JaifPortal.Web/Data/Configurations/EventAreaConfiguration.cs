using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class EventAreaConfiguration : IEntityTypeConfiguration<EventArea>
{
    public void Configure(EntityTypeBuilder<EventArea> builder)
    {
        builder.HasKey(link => new { link.EventId, link.CooperationAreaId });
        builder.HasOne(link => link.Event).WithMany(e => e.Areas).HasForeignKey(link => link.EventId);
        builder.HasOne(link => link.CooperationArea).WithMany()
            .HasForeignKey(link => link.CooperationAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
