using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using JaifPortal.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Startup;

public static class MediaEndpoints
{
    /// <summary>Where the public reads photos: /media/images/{file}/{width}.{webp|jpg|png}.</summary>
    public const string PublicPath = "/media/images";

    /// <summary>Where the back office reads any photo, published or waiting for review (its thumbnails and previews).</summary>
    public const string BackOfficePath = "/admin/media/images";

    /// <summary>
    /// Serves the renditions written at upload (<c>PhotoEncoder</c>) with the type they were written in, so
    /// a file is only ever the image it was made to be (and nosniff stops browsers guessing otherwise). The
    /// public gets a file only while a published record shows it; a file never changes (a new upload is a new
    /// file, so a new address), so browsers and proxies may keep it for a year and the output cache keeps it too.
    /// </summary>
    public static WebApplication MapPortalMedia(this WebApplication app)
    {
        app.MapGet(PublicPath + "/{file:int}/{width:int}.{extension}", async (int file, int width, string extension, PortalDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var shown = db.Images.Where(i => i.FileId == file && i.RemovedAt == null
                && ((i.Initiative != null && i.Initiative.Publication == PublicationStatus.Published)
                    || (i.Event != null && i.Event.Publication == PublicationStatus.Published)));
            return await ServeAsync(db.ImageFiles.Where(f => f.Id == file && shown.Any()), width, extension, "public, max-age=31536000, immutable", context, cancellationToken);
        }).WithMetadata(new PublicCacheAttribute());

        app.MapGet(BackOfficePath + "/{file:int}/{width:int}.{extension}", (int file, int width, string extension, PortalDbContext db, HttpContext context, CancellationToken cancellationToken) =>
            ServeAsync(db.ImageFiles.Where(f => f.Id == file), width, extension, "private, max-age=31536000, immutable", context, cancellationToken))
            .RequireAuthorization(PortalPolicies.BackOffice);
        return app;
    }

    private static async Task<IResult> ServeAsync(IQueryable<ImageFile> files, int width, string extension, string cacheControl, HttpContext context, CancellationToken cancellationToken)
    {
        var contentType = ImageFormat.FromExtension(extension);
        var content = contentType is null ? null : await files.AsNoTracking()
            .SelectMany(f => f.Renditions)
            .Where(r => r.Width == width && r.ContentType == contentType)
            .Select(r => r.Content)
            .FirstOrDefaultAsync(cancellationToken);
        if (content is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = cacheControl;
        return Results.File(content, contentType);
    }
}
