using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

/// <summary>What every translation table shares: one row per record and language.</summary>
internal abstract class TranslationConfiguration<TTranslation>(string ownerKey) : IEntityTypeConfiguration<TTranslation>
    where TTranslation : Translation
{
    public const int NameLength = 300;
    public const int ShortTextLength = 2_000;
    public const int LongTextLength = 40_000;

    public void Configure(EntityTypeBuilder<TTranslation> builder)
    {
        builder.HasKey(ownerKey, nameof(Translation.Language));
        builder.Property(t => t.Language).HasMaxLength(8);
        ConfigureText(builder);
    }

    protected abstract void ConfigureText(EntityTypeBuilder<TTranslation> builder);
}
