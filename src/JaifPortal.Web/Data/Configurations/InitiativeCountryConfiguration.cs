using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class InitiativeCountryConfiguration : IEntityTypeConfiguration<InitiativeCountry>
{
    public void Configure(EntityTypeBuilder<InitiativeCountry> builder)
    {
        builder.HasKey(link => new { link.InitiativeId, link.CountryId });
        builder.HasOne(link => link.Initiative).WithMany(i => i.Countries).HasForeignKey(link => link.InitiativeId);
        builder.HasOne(link => link.Country).WithMany()
            .HasForeignKey(link => link.CountryId).OnDelete(DeleteBehavior.Restrict);
    }
}
