using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class AreaAseanCommunityConfiguration : IEntityTypeConfiguration<AreaAseanCommunity>
{
    public void Configure(EntityTypeBuilder<AreaAseanCommunity> builder)
    {
        builder.HasKey(link => new { link.CooperationAreaId, link.Community });
        builder.HasOne(link => link.CooperationArea).WithMany(a => a.AseanCommunities).HasForeignKey(link => link.CooperationAreaId);
        var names = string.Join(", ", CrosswalkLists.Communities.Select(c => $"'{c}'"));
        builder.ToTable(table => table.HasCheckConstraint("ck_area_asean_community_known", $"community IN ({names})"));
    }
}
