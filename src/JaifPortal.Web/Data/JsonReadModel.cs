using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Data;

/// <summary>
/// A page whose records PostgreSQL assembles into one JSON document in one statement, read into the same
/// classes EF Core would fill. A record page otherwise costs a round trip per collection (a dozen for an
/// initiative); most of the time went to those round trips, not to the database's work. The JSON's keys are
/// the columns' snake_case names, so a translation row is simply <c>to_jsonb(row)</c>.
/// </summary>
public static class JsonReadModel
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The document the query returns in a column named "Value", or null when it returns no row.</summary>
    public static async Task<T?> LoadAsync<T>(PortalDbContext db, FormattableString query, CancellationToken cancellationToken)
        where T : class =>
        await db.Database.SqlQuery<string>(query).FirstOrDefaultAsync(cancellationToken) is { } json
            ? JsonSerializer.Deserialize<T>(json, Options)
            : null;
}
