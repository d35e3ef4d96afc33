using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class EditingSessionConfiguration : IEntityTypeConfiguration<EditingSession>
{
    public void Configure(EntityTypeBuilder<EditingSession> builder)
    {
        builder.HasKey(s => new { s.RecordType, s.RecordId, s.UserId });
        builder.Property(s => s.RecordType).HasMaxLength(60);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Draft).HasColumnType("jsonb");
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
