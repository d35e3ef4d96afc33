using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>Publishes a record's working copy: the reviewer's "Publish" and the scheduled publisher share it.</summary>
public static class RecordPublisher
{
    /// <summary>The form an editor continues from: the pending changes of a published record, else the record itself.</summary>
    public static TForm WorkingCopy<TRecord, TForm>(IRecordEditor<TRecord, TForm> editor, TRecord record)
        where TRecord : class, IEditorial
        where TForm : class, new() =>
        record.PendingChanges is { } pending ? EditorJson.Deserialize<TForm>(pending) : editor.ToForm(record);

    /// <summary>
    /// Saves a form as the record's working copy: written onto a record the public does not see, or kept beside a
    /// published one as its pending changes, since the public keeps the published version until a reviewer publishes them.
    /// </summary>
    public static async Task SaveWorkingCopyAsync<TRecord, TForm>(IRecordEditor<TRecord, TForm> editor, TRecord record, TForm form, DateTimeOffset now, CancellationToken cancellationToken)
        where TRecord : class, IEditorial
        where TForm : class, new()
    {
        if (record.Publication == PublicationStatus.Published)
        {
            record.PendingChanges = EditorJson.Serialize(form);
            record.UpdatedAt = now;
        }
        else
        {
            await editor.ApplyAsync(form, record, cancellationToken);
        }
    }

    /// <summary>Checks the working copy and, when it may be published, writes it onto the tracked record as published.</summary>
    /// <returns>The published form, or null when <paramref name="errors"/> says why it cannot be published.</returns>
    public static async Task<TForm?> PublishAsync<TRecord, TForm>(
        IRecordEditor<TRecord, TForm> editor, TRecord record, ModelStateDictionary errors, AdminText messages, DateTimeOffset now, CancellationToken cancellationToken)
        where TRecord : class, IEditorial
        where TForm : class, new()
    {
        var form = WorkingCopy(editor, record);
        editor.Tidy(form);
        await editor.ValidateAsync(form, record.Id, errors, messages, cancellationToken);
        if (!editor.HasPublishableLanguage(form))
        {
            errors.AddModelError(string.Empty, messages.NoLanguageToPublish);
        }

        if (!errors.IsValid)
        {
            return null;
        }

        await editor.ApplyAsync(form, record, cancellationToken);
        record.PendingChanges = null;
        record.PendingReview = false;
        record.ScheduledPublishAt = null;
        record.Publication = PublicationStatus.Published;
        record.PublishedAt = now;
        return form;
    }
}
