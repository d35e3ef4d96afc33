using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => e.Publication);
        builder.Property(e => e.OriginalLanguage).HasMaxLength(8);
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(e => e.AreaIds).HasDefaultValueSql("'{}'").KeptByDatabase();
        builder.Property(e => e.PillarIds).HasDefaultValueSql("'{}'").KeptByDatabase();
        builder.Property(e => e.PendingChanges).HasColumnType("jsonb");
        builder.MapPartialDate(e => e.StartDate, "start_date");
        builder.MapPartialDate(e => e.EndDate, "end_date");
        builder.HasOne(e => e.Country).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.SourceDocument).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Translations).WithOne().HasForeignKey(t => t.EventId);
    }
}
