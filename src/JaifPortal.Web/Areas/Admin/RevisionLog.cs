using System.Text.Json;
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

    /// <summary>The fields that differ between two snapshots, named by their path in the form ("Texts.en.Name", "Figures[1].Value").</summary>
    public static IReadOnlyList<FieldChange> Compare(string before, string after)
    {
        var left = Flatten(before);
        var right = Flatten(after);
        return left.Keys.Union(right.Keys)
            .Order(StringComparer.Ordinal)
            .Select(key => new FieldChange(key, left.GetValueOrDefault(key), right.GetValueOrDefault(key)))
            .Where(change => change.Before != change.After)
            .ToList();
    }

    private static Dictionary<string, string?> Flatten(string json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, string.Empty, fields);
        return fields;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string?> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", fields);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", fields);
                }

                break;
            case JsonValueKind.Null:
                break;
            default:
                fields[path] = element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
                break;
        }
    }
}

public sealed record FieldChange(string Field, string? Before, string? After);
