using System.Text.Json.Nodes;
using JaifPortal.Web.Areas.Admin.Editing;
using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin;

/// <summary>Adds revisions to the context (saved with the change they record) and compares two of them field by field.</summary>
public sealed class RevisionLog(PortalDbContext db, TimeProvider clock)
{
    public async Task<Revision> AddAsync(string recordType, int recordId, RevisionKind kind, string snapshot, PortalUser? user, string? note, CancellationToken cancellationToken)
    {
        var last = await db.Revisions.Where(r => r.RecordType == recordType && r.RecordId == recordId)
            .MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var revision = new Revision
        {
            RecordType = recordType,
            RecordId = recordId,
            Number = last + 1,
            Kind = kind,
            CreatedAt = clock.GetUtcNow(),
            UserId = user?.Id,
            UserEmail = user?.Email,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1_000)],
            Snapshot = snapshot,
        };
        db.Revisions.Add(revision);
        return revision;
    }

    /// <summary>
    /// Saves the context's changes and the revision that records them in one transaction, so no change is ever
    /// saved without its revision. A <see cref="DbUpdateConcurrencyException"/> leaves neither.
    /// </summary>
    /// <remarks>
    /// <c>previous</c> is the record as it was before this change (a snapshot), kept as revision 0 when the record has
    /// no revision yet (a seeded or imported record): the version an editor who opened it then started from, which a
    /// conflicting save is merged against (ADR 35).
    /// </remarks>
    public async Task SaveWithRevisionAsync(
        string recordType, IEditorial record, RevisionKind kind, string snapshot, PortalUser? user, string? note, CancellationToken cancellationToken, string? previous = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (previous is not null && !await db.Revisions.AnyAsync(r => r.RecordType == recordType && r.RecordId == record.Id, cancellationToken))
        {
            db.Revisions.Add(new Revision
            {
                RecordType = recordType,
                RecordId = record.Id,
                Number = 0,
                Kind = RevisionKind.Imported,
                CreatedAt = clock.GetUtcNow(),
                Snapshot = previous,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await AddAsync(recordType, record.Id, kind, snapshot, user, note, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Who made a revision, by the name colleagues know them by (the e-mail address only once the account is gone); null for the system.</summary>
    public async Task<string?> AuthorAsync(Revision revision, CancellationToken cancellationToken) =>
        revision.UserId is null
            ? null
            : await db.Users.Where(u => u.Id == revision.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? revision.UserEmail;

    /// <summary>
    /// The fields that differ between two snapshots, named by their path in the form's JSON ("texts.en.summary"), with
    /// each value as JSON. The fields are the merge's (<see cref="FormMerge"/>): a list is one field, and a list of plain
    /// values (areas, countries) a set, so choosing the same ones in another order is no change.
    /// </summary>
    public static IReadOnlyList<FieldChange> Compare(string before, string after)
    {
        var left = FormMerge.Fields(before);
        var right = FormMerge.Fields(after);
        return left.Keys.Union(right.Keys)
            .Order(StringComparer.Ordinal)
            .Where(key => !FormMerge.Same(left.GetValueOrDefault(key), right.GetValueOrDefault(key)))
            .Select(key => new FieldChange(key, Json(left.GetValueOrDefault(key)), Json(right.GetValueOrDefault(key))))
            .ToList();
    }

    private static string? Json(JsonNode? value) => value?.ToJsonString(FormMerge.Readable);
}

/// <summary>A field that differs between two snapshots: its path and both values as JSON (null when absent).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
