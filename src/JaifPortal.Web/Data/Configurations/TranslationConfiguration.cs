using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

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

    /// <summary>The stored column (English rows only) that public search matches with websearch_to_tsquery.</summary>
    public const string SearchVector = "SearchVector";

    protected abstract void ConfigureText(EntityTypeBuilder<TTranslation> builder);

    /// <summary>
    /// A trigram index on the name, for substring (ILIKE) and typo-tolerant (word_similarity) search
    /// in any language.
    /// </summary>
    protected static void HasTrigramNameIndex(EntityTypeBuilder<TTranslation> builder, string nameProperty) =>
        HasTrigramIndex(builder, nameProperty);

    /// <summary>
    /// A trigram index on a text that search matches with ILIKE: without it each search reads every
    /// row of the table (see docs/benchmarks.md).
    /// </summary>
    protected static void HasTrigramIndex(EntityTypeBuilder<TTranslation> builder, string property) =>
        builder.HasIndex(property).HasMethod("gin").HasOperators("gin_trgm_ops");

    /// <summary>
    /// A stored English tsvector of the given columns (weighted A, B, C in order of importance), set
    /// on English rows only and indexed with GIN for full-text search.
    /// </summary>
    protected static void HasEnglishSearchVector(EntityTypeBuilder<TTranslation> builder, params (string Column, char Weight)[] columns)
    {
        var vector = string.Join(" || ", columns.Select(c =>
            $"setweight(to_tsvector('english'::regconfig, coalesce({c.Column}, '')), '{c.Weight}')"));
        builder.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql($"CASE WHEN language = 'en' THEN {vector} END", stored: true);
        builder.HasIndex(SearchVector).HasMethod("gin");
    }
}
