using JaifPortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace JaifPortal.Web.Pages.Shared;

/// <summary>
/// The picture a link preview (og:image) shows for a record page: its first published photo, at the width the
/// page's own fallback uses; the layout writes it as an absolute address. A record without a photo sets none.
/// </summary>
public static class OpenGraphImage
{
    public static void Set(ViewDataDictionary viewData, IEnumerable<Image> images, string language)
    {
        var first = images.Where(i => i.RemovedAt is null && i.File is not null).OrderBy(i => i.SortOrder).FirstOrDefault();
        if (first is null)
        {
            return;
        }

        viewData["OpenGraphImage"] = new PhotoPicture(first.File!, Startup.MediaEndpoints.PublicPath).Fallback;
        viewData["OpenGraphImageAlt"] = TranslationSelection.Select(first.Translations, language, first.OriginalLanguage)?.Text.AltText;
    }
}
