using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal sealed class MilestoneTranslationConfiguration() : TranslationConfiguration<MilestoneTranslation>(nameof(MilestoneTranslation.MilestoneId))
{
    protected override void ConfigureText(EntityTypeBuilder<MilestoneTranslation> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(NameLength);
        builder.Property(t => t.Description).HasMaxLength(LongTextLength);

        // Search finds an initiative by what its milestones say.
        HasTrigramIndex(builder, nameof(MilestoneTranslation.Title));
        HasTrigramIndex(builder, nameof(MilestoneTranslation.Description));
        HasEnglishSearchVector(builder, ("title", 'A'), ("description", 'C'));
    }
}
