using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.OriginalLanguage).HasMaxLength(8);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.PendingChanges).HasColumnType("jsonb");
        builder.HasOne(p => p.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.SourceDocument).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Translations).WithOne().HasForeignKey(t => t.PersonId);
    }
}
