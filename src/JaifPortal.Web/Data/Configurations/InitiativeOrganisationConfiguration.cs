using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class InitiativeOrganisationConfiguration : IEntityTypeConfiguration<InitiativeOrganisation>
{
    public void Configure(EntityTypeBuilder<InitiativeOrganisation> builder)
    {
        // One organisation can hold several roles in one initiative (lead and funder, say).
        builder.HasKey(link => new { link.InitiativeId, link.OrganisationId, link.Role });
        builder.HasOne(link => link.Initiative).WithMany(i => i.Organisations).HasForeignKey(link => link.InitiativeId);
        builder.HasOne(link => link.Organisation).WithMany(o => o.Initiatives)
            .HasForeignKey(link => link.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
