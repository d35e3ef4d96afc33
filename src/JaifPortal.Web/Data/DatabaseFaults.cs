using Npgsql;

namespace JaifPortal.Web.Data;

internal static class DatabaseFaults
{
    /// <summary>
    /// True when a request failed because PostgreSQL could not be reached, or answered before the
    /// portal finished migrating it: an outage (503), not a bug (500).
    /// </summary>
    public static bool IsUnavailable(Exception exception, bool schemaReady = true)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or TimeoutException or System.Net.Sockets.SocketException)
            {
                return true;
            }

            // 3D000: the database does not exist yet; 42P01: the schema is not migrated yet; 57P03: the server is starting.
            if (current is PostgresException { SqlState: "3D000" or "42P01" or "57P03" } || (current is PostgresException && !schemaReady))
            {
                return true;
            }
        }

        return false;
    }
}
