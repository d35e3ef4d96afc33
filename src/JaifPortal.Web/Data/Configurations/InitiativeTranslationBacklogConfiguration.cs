using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class InitiativeTranslationBacklogConfiguration : IEntityTypeConfiguration<InitiativeTranslationBacklog>
{
    public void Configure(EntityTypeBuilder<InitiativeTranslationBacklog> builder)
    {
        builder.ToTable("initiative_translation_backlog");
        builder.HasKey(b => b.InitiativeId);
        builder.HasOne<Initiative>().WithOne(i => i.TranslationBacklog)
            .HasForeignKey<InitiativeTranslationBacklog>(b => b.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
