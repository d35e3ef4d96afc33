using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JaifPortal.Web.Data.Configurations;

internal static class PartialDateMapping
{
    /// <summary>Maps a partial date to two columns, "{column}" (its first day) and "{column}_precision".</summary>
    public static void MapPartialDate<TEntity>(this EntityTypeBuilder<TEntity> builder, System.Linq.Expressions.Expression<Func<TEntity, PartialDate?>> property, string column)
        where TEntity : class =>
        builder.ComplexProperty(property, date =>
        {
            date.Property(d => d.Start).HasColumnName(column);
            date.Property(d => d.Precision).HasColumnName(column + "_precision");
        });
}
