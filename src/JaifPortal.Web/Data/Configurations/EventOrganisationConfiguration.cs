using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class EventOrganisationConfiguration : IEntityTypeConfiguration<EventOrganisation>
{
    public void Configure(EntityTypeBuilder<EventOrganisation> builder)
    {
        builder.HasKey(link => new { link.EventId, link.OrganisationId, link.Role });
        builder.HasOne(link => link.Event).WithMany(e => e.Organisations).HasForeignKey(link => link.EventId);
        builder.HasOne(link => link.Organisation).WithMany(o => o.Events)
            .HasForeignKey(link => link.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
