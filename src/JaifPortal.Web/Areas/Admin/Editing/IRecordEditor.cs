using System.Text.Json;
using System.Text.Json.Serialization;
using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>
/// What the shared editing workflow needs to know about one record type: how to load it, turn it into
/// its form and back, and check a form. The form is what the page binds (never the entity), what a
/// revision stores, and what waits as the pending changes of a published record.
/// </summary>
public interface IRecordEditor<TRecord, TForm>
    where TRecord : class, IEditorial
    where TForm : class
{
    /// <summary>The name revisions and the audit log use, e.g. "Initiative".</summary>
    string RecordType { get; }

    /// <summary>The back-office page that edits a record of the type, e.g. "/Initiatives/Edit" (<see cref="AdminPages"/>).</summary>
    string EditorPage { get; }

    /// <summary>Loads the record with everything its form covers, tracked for saving.</summary>
    Task<TRecord?> LoadAsync(int id, CancellationToken cancellationToken);

    TForm NewForm(string editorLanguage);

    TForm ToForm(TRecord record);

    TRecord Create(TForm form);

    /// <summary>Drops what the editor removed and the form's spare blank rows.</summary>
    void Tidy(TForm form);

    /// <summary>Adds spare rows so an editor can add items without script.</summary>
    void AddSpareRows(TForm form);

    Task ValidateAsync(TForm form, int? id, ModelStateDictionary errors, AdminText messages, CancellationToken cancellationToken);

    /// <summary>Writes a checked form onto a tracked record.</summary>
    Task ApplyAsync(TForm form, TRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Copies into a posted form what the edit form does not post because another page edits it (an
    /// initiative's photos), so saving the form keeps it as the saved working copy has it.
    /// </summary>
    void KeepWhatTheFormDoesNotPost(TForm posted, TForm saved)
    {
    }

    /// <summary>Whether at least one language has a name and is chosen for publication.</summary>
    bool HasPublishableLanguage(TForm form);
}

public static class EditorJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<TForm>(TForm form) => JsonSerializer.Serialize(form, Options);

    public static TForm Deserialize<TForm>(string json)
        where TForm : new() =>
        JsonSerializer.Deserialize<TForm>(json, Options) ?? new TForm();
}
