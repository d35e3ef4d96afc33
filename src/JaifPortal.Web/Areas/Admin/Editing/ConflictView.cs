namespace JaifPortal.Web.Areas.Admin.Editing;

/// <summary>A refused save (409): the fields that differ from what is stored now, and who saved that.</summary>
public sealed record ConflictView(IReadOnlyList<FieldChange> Changes, string? By, AdminText T);
