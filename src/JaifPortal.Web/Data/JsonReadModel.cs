using System.Data;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JaifPortal.Web.Data;

/// <summary>
/// A page whose records PostgreSQL assembles into one JSON document in one statement, read into the same
/// classes EF Core would fill. A record page otherwise costs a round trip per collection (a dozen for an
/// initiative); most of the time went to those round trips, not to the database's work. The JSON's keys are
/// the columns' snake_case names, so a translation row is simply <c>to_jsonb(row)</c>. The document is read
/// as the UTF-8 bytes PostgreSQL sends, straight into the deserializer, on the context's own connection.
/// </summary>
public static class JsonReadModel
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The document the query returns as its one column (cast to text), or null when it returns no row. The
    /// query's values become parameters, as with EF Core's raw SQL.
    /// </summary>
    public static Task<T?> LoadAsync<T>(PortalDbContext db, FormattableString query, CancellationToken cancellationToken)
        where T : class =>
        // The context's execution strategy, so a read-only context retries a broken connection (PortalReads).
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var command = new NpgsqlCommand(
                    string.Format(CultureInfo.InvariantCulture, query.Format, [.. Enumerable.Range(1, query.ArgumentCount).Select(n => "$" + n)]),
                    (NpgsqlConnection)db.Database.GetDbConnection());
                foreach (var value in query.GetArguments())
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = value });
                }

                await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return null;
                }

                await using var document = await reader.GetStreamAsync(0, cancellationToken);
                return await JsonSerializer.DeserializeAsync<T>(document, Options, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
}
