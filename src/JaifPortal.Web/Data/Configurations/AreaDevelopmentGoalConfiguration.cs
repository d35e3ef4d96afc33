using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class AreaDevelopmentGoalConfiguration : IEntityTypeConfiguration<AreaDevelopmentGoal>
{
    public void Configure(EntityTypeBuilder<AreaDevelopmentGoal> builder)
    {
        builder.HasKey(link => new { link.CooperationAreaId, link.Goal });
        builder.HasOne(link => link.CooperationArea).WithMany(a => a.DevelopmentGoals).HasForeignKey(link => link.CooperationAreaId);
        builder.ToTable(table => table.HasCheckConstraint("ck_area_development_goal_known", $"goal BETWEEN 1 AND {CrosswalkLists.GoalCount}"));
    }
}
