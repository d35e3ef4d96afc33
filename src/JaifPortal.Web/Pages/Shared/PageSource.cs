using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The source document of the record a page shows, for the footer beside the licence; the footer of a
/// page without one (a list, search) points to the list of the portal's source documents instead.
/// </summary>
public static class PageSource
{
    private const string Key = nameof(PageSource);

    public static void Set(ViewDataDictionary viewData, SourceDocument? document) => viewData[Key] = document;

    public static SourceDocument? Of(ViewDataDictionary viewData) => viewData[Key] as SourceDocument;
}
