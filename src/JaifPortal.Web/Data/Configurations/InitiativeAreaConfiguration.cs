using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class InitiativeAreaConfiguration : IEntityTypeConfiguration<InitiativeArea>
{
    public void Configure(EntityTypeBuilder<InitiativeArea> builder)
    {
        builder.HasKey(link => new { link.InitiativeId, link.CooperationAreaId });
        builder.HasOne(link => link.Initiative).WithMany(i => i.Areas).HasForeignKey(link => link.InitiativeId);
        builder.HasOne(link => link.CooperationArea).WithMany(a => a.Initiatives)
            .HasForeignKey(link => link.CooperationAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
