using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.OriginalLanguage).HasMaxLength(8);
        builder.MapPartialDate(m => m.Date, "date");
        builder.HasOne(m => m.Initiative).WithMany(i => i.Milestones).HasForeignKey(m => m.InitiativeId);
        builder.HasOne(m => m.Country).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Event).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Translations).WithOne().HasForeignKey(t => t.MilestoneId);
    }
}
