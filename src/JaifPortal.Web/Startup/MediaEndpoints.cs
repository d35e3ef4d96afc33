using JaifPortal.Web.Data;
using JaifPortal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JaifPortal.Web.Startup;

public static class MediaEndpoints
{
    /// <summary>
    /// Serves uploaded photos of published records with the type detected at upload, so a file is only
    /// ever treated as the image it was checked to be (and nosniff stops browsers guessing otherwise).
    /// </summary>
    public static WebApplication MapPortalMedia(this WebApplication app)
    {
        app.MapGet("/media/images/{id:int}", async (int id, PortalDbContext db, HttpContext context, CancellationToken cancellationToken) =>
        {
            var image = await db.Images.AsNoTracking()
                .Where(i => i.Id == id && i.RemovedAt == null && i.ContentType != null
                    && ((i.Initiative != null && i.Initiative.Publication == PublicationStatus.Published)
                        || (i.Event != null && i.Event.Publication == PublicationStatus.Published)))
                .Select(i => new { i.ContentType, i.File!.Content })
                .FirstOrDefaultAsync(cancellationToken);
            if (image is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.File(image.Content, image.ContentType);
        });
        return app;
    }
}
