using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace JaifPortal.Web.Data;

/// <summary>
/// Runs a query once more, on a new connection, when the connection it was given had been ended by the
/// server (PostgreSQL restarted, or an administrator ended the session) before the query reached it.
/// Npgsql's pool hands out idle connections without asking the server whether they are still alive,
/// so after a restart every idle connection fails on first use; the retry first empties the pool of
/// them. Only reads outside a transaction of the caller's are retried: a read wrote nothing, while a
/// save or a transaction may have reached the server before its connection broke (ADR 20).
/// </summary>
public sealed class RetryReadsOnBrokenConnection(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
{
    private static readonly ConcurrentDictionary<Type, bool> QueryTypes = new();

    public override TResult Execute<TState, TResult>(
        TState state, Func<DbContext, TState, TResult> operation, Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        IsRead(state)
            ? base.Execute(state, operation, verifySucceeded)
            : operation(Dependencies.CurrentContext.Context, state);

    public override Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default) =>
        IsRead(state)
            ? base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken)
            : operation(Dependencies.CurrentContext.Context, state, cancellationToken);

    protected override bool ShouldRetryOn(Exception exception)
    {
        if (!IsBrokenConnection(exception))
        {
            return false;
        }

        // The other idle connections were ended by the same restart: drop them so the retry opens a new one.
        if (Dependencies.CurrentContext.Context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }

        return true;
    }

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        ExceptionsEncountered.Count > MaxRetryCount ? null : TimeSpan.Zero;

    /// <summary>A query reading rows (EF Core runs it with its enumerator as the state), outside any transaction of the caller's.</summary>
    private bool IsRead<TState>(TState state) =>
        state is not null
        && Dependencies.CurrentContext.Context.Database.CurrentTransaction is null
        && QueryTypes.GetOrAdd(state.GetType(), type => type.GetInterfaces().Any(i =>
            i == typeof(System.Collections.IEnumerator) || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerator<>))));

    /// <summary>The server ended the session (57P01: an administrator or a shutdown; 57P02: a crash) or the socket was closed under it.</summary>
    private static bool IsBrokenConnection(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown }
                || (current is NpgsqlException && current.InnerException is IOException or EndOfStreamException))
            {
                return true;
            }
        }

        return false;
    }
}
