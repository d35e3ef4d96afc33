using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.RecordType).HasMaxLength(60);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.UserEmail).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(1_000);
        builder.Property(r => r.Snapshot).HasColumnType("jsonb");
        builder.HasIndex(r => new { r.RecordType, r.RecordId, r.Number }).IsUnique();
    }
}
