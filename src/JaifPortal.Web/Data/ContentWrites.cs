using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace JaifPortal.Web.Data;

/// <summary>
/// After this instance commits (a save outside a transaction, or a transaction), reads the content version
/// back, so a page cached under the old number is never served by this instance again, not even to the
/// request that follows the editor's save within the same millisecond. Other instances hear of the change
/// through NOTIFY (<see cref="ContentVersionWatch"/>).
/// </summary>
public sealed class ContentWrites(ContentVersionWatch watch) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0 && eventData.Context?.Database.CurrentTransaction is null)
        {
            await RefreshAsync(cancellationToken);
        }

        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await RefreshAsync(cancellationToken);

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await watch.RefreshAsync(cancellationToken);
        }
        catch (NpgsqlException)
        {
            // The save itself succeeded; the listener reads the number again as soon as it can.
        }
    }
}
