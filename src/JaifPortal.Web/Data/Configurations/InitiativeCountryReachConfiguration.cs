using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

/// <summary>The view Data/Sql/Views/initiative_country_reach.sql, read-only and keyless: an initiative may reach a country for several reasons.</summary>
internal sealed class InitiativeCountryReachConfiguration : IEntityTypeConfiguration<InitiativeCountryReach>
{
    public void Configure(EntityTypeBuilder<InitiativeCountryReach> builder)
    {
        builder.HasNoKey();
        builder.ToView("initiative_country_reach");
    }
}
