using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// Builds a record as the public would see it once published: the working copy (a draft, or the
/// pending changes of a published record) applied in memory, with every text its page shows. Nothing is saved.
/// </summary>
public static class PreviewLoader
{
    public static async Task<TRecord?> LoadAsync<TRecord, TForm>(PortalDbContext db, IRecordEditor<TRecord, TForm> editor, int id, CancellationToken cancellationToken)
        where TRecord : class, IEditorial
        where TForm : class, new()
    {
        var record = await editor.LoadAsync(id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var entry = db.Entry(record);
        foreach (var name in new[] { "SourceDocument", "Country", "ParentInitiative", "ParentOrganisation", "Organisation" })
        {
            if (entry.Metadata.FindNavigation(name) is { IsCollection: false })
            {
                await entry.Reference(name).LoadAsync(cancellationToken);
            }
        }

        if (entry.Metadata.FindNavigation("Images") is not null)
        {
            await entry.Collection("Images").Query().Cast<Image>().Include(image => image.File).LoadAsync(cancellationToken);
        }

        if (record.PendingChanges is { } pending)
        {
            record = await CopyWithPendingChangesAsync(db, editor, record, EditorJson.Deserialize<TForm>(pending), cancellationToken);
        }

        // Every record the page shows needs its texts (and an area its pillar); loading them may bring more records, hence the loop.
        var loaded = new HashSet<object>(ReferenceEqualityComparer.Instance);
        while (db.ChangeTracker.Entries().Where(e => e.State is not (EntityState.Deleted or EntityState.Added) && !loaded.Contains(e.Entity)).ToList() is { Count: > 0 } unread)
        {
            foreach (var owner in unread)
            {
                loaded.Add(owner.Entity);
                if (owner.Metadata.FindNavigation("Translations") is not null)
                {
                    await owner.Collection("Translations").LoadAsync(cancellationToken);
                }

                if (owner.Metadata.FindNavigation(nameof(CooperationArea.Pillar)) is { IsCollection: false })
                {
                    await owner.Reference(nameof(CooperationArea.Pillar)).LoadAsync(cancellationToken);
                }
            }
        }

        return record;
    }

    /// <summary>
    /// An untracked copy of a published record with its pending changes written onto it, so the
    /// tracked record (and the database) stay exactly as they are.
    /// </summary>
    private static async Task<TRecord> CopyWithPendingChangesAsync<TRecord, TForm>(
        PortalDbContext db, IRecordEditor<TRecord, TForm> editor, TRecord record, TForm form, CancellationToken cancellationToken)
        where TRecord : class, IEditorial
        where TForm : class, new()
    {
        var copy = editor.Create(form);
        var metadata = db.Entry(record).Metadata;
        foreach (var property in metadata.GetProperties().Where(p => p.PropertyInfo is not null))
        {
            property.PropertyInfo!.SetValue(copy, property.PropertyInfo.GetValue(record));
        }

        // What the form does not cover (the source document, an event's photos) is the record's own. An initiative's
        // form covers its photos: applying it writes them onto these rows in memory, which a preview never saves.
        foreach (var navigation in metadata.GetNavigations().Where(n => n.Name is "SourceDocument" or "Images"))
        {
            navigation.PropertyInfo!.SetValue(copy, navigation.PropertyInfo.GetValue(record));
        }

        await editor.ApplyAsync(form, copy, cancellationToken);
        return copy;
    }
}
