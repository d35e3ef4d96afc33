using JaifPortal.Web.Domain;
using Npgsql;
using NpgsqlTypes;

namespace JaifPortal.Web.Data.Generation;

/// <summary>One column of a COPY: its name and how a row's value is written in PostgreSQL's binary format.</summary>
internal sealed record CopyColumn<TRow>(string Name, Func<NpgsqlBinaryImporter, TRow, CancellationToken, Task> Write);

/// <summary>Column builders for <see cref="BinaryCopy"/>; a null value is written as SQL NULL.</summary>
internal static class CopyColumn
{
    public static CopyColumn<TRow> Int<TRow>(string name, Func<TRow, int?> value) =>
        new(name, (importer, row, token) => Value(importer, value(row), NpgsqlDbType.Integer, token));

    public static CopyColumn<TRow> Decimal<TRow>(string name, Func<TRow, decimal> value) =>
        new(name, (importer, row, token) => importer.WriteAsync(value(row), NpgsqlDbType.Numeric, token));

    public static CopyColumn<TRow> Bool<TRow>(string name, Func<TRow, bool> value) =>
        new(name, (importer, row, token) => importer.WriteAsync(value(row), NpgsqlDbType.Boolean, token));

    public static CopyColumn<TRow> Date<TRow>(string name, Func<TRow, DateOnly?> value) =>
        new(name, (importer, row, token) => Value(importer, value(row), NpgsqlDbType.Date, token));

    /// <summary>A timestamptz; PostgreSQL is given UTC.</summary>
    public static CopyColumn<TRow> Time<TRow>(string name, Func<TRow, DateTimeOffset?> value) =>
        new(name, (importer, row, token) => Value(importer, value(row)?.ToUniversalTime(), NpgsqlDbType.TimestampTz, token));

    public static CopyColumn<TRow> Text<TRow>(string name, Func<TRow, string?> value) =>
        new(name, (importer, row, token) => value(row) is { } text
            ? importer.WriteAsync(text, NpgsqlDbType.Varchar, token)
            : importer.WriteNullAsync(token));

    /// <summary>An enum, stored by name as the portal's EF model stores it.</summary>
    public static CopyColumn<TRow> Name<TRow, TEnum>(string name, Func<TRow, TEnum?> value)
        where TEnum : struct, Enum =>
        Text<TRow>(name, row => value(row)?.ToString());

    /// <summary>A partial date's two columns: its first day and its precision.</summary>
    public static IEnumerable<CopyColumn<TRow>> PartialDate<TRow>(string column, Func<TRow, PartialDate?> value) =>
    [
        Date<TRow>(column, row => value(row)?.Start),
        Name<TRow, DatePrecision>(column + "_precision", row => value(row)?.Precision),
    ];

    /// <summary>The columns every translation table shares, after the owner's key and before the table's own texts.</summary>
    public static IEnumerable<CopyColumn<TTranslation>> Translation<TTranslation>(string ownerColumn, Func<TTranslation, int> owner, params CopyColumn<TTranslation>[] texts)
        where TTranslation : Translation =>
    [
        Text<TTranslation>("language", t => t.Language),
        Int<TTranslation>(ownerColumn, t => owner(t)),
        .. texts,
        Name<TTranslation, TranslationState>("state", t => t.State),
        Name<TTranslation, NameConfidence>("name_confidence", t => t.NameConfidence),
        Bool<TTranslation>("is_published", t => t.IsPublished),
        Time<TTranslation>("text_updated_at", t => t.TextUpdatedAt),
    ];

    private static Task Value<TValue>(NpgsqlBinaryImporter importer, TValue? value, NpgsqlDbType type, CancellationToken token)
        where TValue : struct =>
        value is { } present ? importer.WriteAsync(present, type, token) : importer.WriteNullAsync(token);
}

/// <summary>Writes rows into a table with PostgreSQL's binary COPY, far faster than INSERTs for large amounts.</summary>
internal static class BinaryCopy
{
    public static async Task<ulong> WriteAsync<TRow>(
        NpgsqlConnection connection, string table, IReadOnlyList<CopyColumn<TRow>> columns, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        var columnList = string.Join(", ", columns.Select(column => column.Name));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                await column.Write(importer, row, cancellationToken);
            }
        }

        return await importer.CompleteAsync(cancellationToken);
    }
}
